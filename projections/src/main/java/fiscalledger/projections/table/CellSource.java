package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.function.Predicate;

/**
 * Which postings make up one cell of a table: those it adds and those it subtracts (a closing balance subtracts
 * spending). A table computes the cell from this same rule, so a trace of the cell lists exactly the postings that
 * the printed figure is the sum of. The predicates work alike on summed postings and on single postings, which
 * carry the same dimensions.
 */
public record CellSource(Predicate<PostingSum> adds, Predicate<PostingSum> subtracts, FunctionCode scope) {

    /**
     * @param scope the 功能分类 code every counted posting lies under, or null; lets a trace read only those postings
     */
    public CellSource {
    }

    public CellSource(Predicate<PostingSum> adds, Predicate<PostingSum> subtracts) {
        this(adds, subtracts, null);
    }

    public static CellSource of(Predicate<PostingSum> adds) {
        return new CellSource(adds, s -> false);
    }

    /** +1 when the posting counts for the cell, −1 when against it, 0 when it has no part in it. */
    public int sign(PostingSum posting) {
        return adds.test(posting) ? 1 : subtracts.test(posting) ? -1 : 0;
    }

    /** The cell narrowed to one 功能分类 code and its children (a row of a 类/款/项 table). */
    public CellSource within(FunctionCode code) {
        Predicate<PostingSum> under = s -> s.function().value().startsWith(code.value());
        return new CellSource(under.and(adds), under.and(subtracts), code);
    }

    /** The cell's value: Σ added − Σ subtracted, exactly in fen. */
    public Fen sum(LedgerFacts facts) {
        long total = 0;
        for (PostingSum s : facts.sums()) {
            total = Math.addExact(total, sign(s) * s.amount().value());
        }
        return Fen.of(total);
    }
}
