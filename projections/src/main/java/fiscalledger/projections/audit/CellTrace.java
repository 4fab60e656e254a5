package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.List;

/**
 * The postings that make up one printed cell and the proof that they do: {@code sum} (exact fen) equals the cell's
 * amount, and so prints as the same 万元 figure. {@code children} is filled when a breakdown by child rows was asked.
 */
public record CellTrace(TableView table, TableRow row, String column, Fen cell, List<TracedPosting> postings, Fen sum,
                        List<ChildAmount> children) {

    public boolean addsUp() {
        return sum.equals(cell);
    }
}
