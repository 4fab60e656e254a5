package fiscalledger.projections.audit;

import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

/** What a traced cell is made of: postings or contracts ({@link CellTrace}), or asset-facts lines ({@link AssetTrace}). */
public sealed interface Trace permits CellTrace, AssetTrace {

    TableView table();

    TableRow row();

    String column();

    /** Whether what the trace lists adds up to the printed cell. */
    boolean addsUp();
}
