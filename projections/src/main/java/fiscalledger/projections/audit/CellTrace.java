package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.List;

/**
 * The postings (or contracts) that make up one printed cell and the proof that they do. {@code count} and
 * {@code sum} are the database's count and Σ (exact fen) of every posting that makes the cell, which must equal the
 * cell; {@code postings} lists them in recording order, all of them or the first page when a limit was asked.
 * {@code children} breaks a 类 or 款 row down by its child codes, {@code byFund} and {@code byMonth} break any cell
 * down by fund and by month of business date (contracts, which have no fund, by month of signing alone).
 */
public record CellTrace(TableView table, TableRow row, String column, Fen cell, List<TracedPosting> postings,
                        long count, Fen sum, List<ChildAmount> children, List<CellPart> byFund,
                        List<CellPart> byMonth) implements Trace {

    public CellTrace {
        postings = List.copyOf(postings);
        children = List.copyOf(children);
        byFund = List.copyOf(byFund);
        byMonth = List.copyOf(byMonth);
    }

    /** Whether every posting is listed (no limit, or the cell has no more than the limit). */
    public boolean complete() {
        return postings.size() == count;
    }

    /** The Σ equals the cell, and when every posting is listed, the listed ones add up to it too. */
    @Override
    public boolean addsUp() {
        if (!sum.equals(cell)) {
            return false;
        }
        if (!complete()) {
            return postings.size() < count;
        }
        long listed = 0;
        for (TracedPosting t : postings) {
            listed = Math.addExact(listed, t.contribution().value());
        }
        return listed == sum.value();
    }
}
