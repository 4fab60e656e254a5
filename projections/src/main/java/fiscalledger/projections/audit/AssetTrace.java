package fiscalledger.projections.audit;

import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.List;

/**
 * A count of table 10 (vehicles by use, large equipment) traced to the asset facts it comes from: the lines of the
 * row's items in every AssetFactsRecorded within the cut-off, of which those in force add up to the cell.
 */
public record AssetTrace(TableView table, TableRow row, String column, long cell, List<AssetLine> lines)
        implements Trace {

    public AssetTrace {
        lines = List.copyOf(lines);
    }

    /** Σ of the quantities in force. */
    public long sum() {
        return lines.stream().filter(AssetLine::inForce).mapToLong(AssetLine::quantity).sum();
    }

    @Override
    public boolean addsUp() {
        return sum() == cell;
    }
}
