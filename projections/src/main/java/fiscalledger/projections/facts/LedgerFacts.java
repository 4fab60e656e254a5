package fiscalledger.projections.facts;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.LedgerSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything the public tables of one unit-year need, read once (postings summed by dimension, asset facts,
 * evaluations) within a cut-off. Tables compute from this in memory, so a table is a pure function of the facts
 * and can be pinned by tests without a database.
 */
public record LedgerFacts(LedgerKey key, LedgerSummary ledger, Cutoff cutoff, List<PostingSum> sums,
                          AssetCounts assets, List<Evaluation> evaluations, List<Contract> contracts) {

    /** Facts without procurement contracts (tables that do not need them, tests). */
    public LedgerFacts(LedgerKey key, LedgerSummary ledger, Cutoff cutoff, List<PostingSum> sums, AssetCounts assets,
                       List<Evaluation> evaluations) {
        this(key, ledger, cutoff, sums, assets, evaluations, List.of());
    }

    /** Σ of one measure (contract amount, SME part, small/micro part) over the contracts that pass the filter. */
    public Fen contractSum(Predicate<Contract> which, Function<Contract, Fen> measure) {
        long total = 0;
        for (Contract c : contracts) {
            if (which.test(c)) {
                total = Math.addExact(total, measure.apply(c).value());
            }
        }
        return Fen.of(total);
    }

    public String unitName() {
        return ledger == null ? "" : ledger.unitName();
    }

    public Fen sum(Predicate<PostingSum> which) {
        long total = 0;
        for (PostingSum s : sums) {
            if (which.test(s)) {
                total = Math.addExact(total, s.amount().value());
            }
        }
        return Fen.of(total);
    }

    public <K> Map<K, Fen> sumBy(Predicate<PostingSum> which, Function<PostingSum, K> key) {
        Map<K, Fen> result = new LinkedHashMap<>();
        for (PostingSum s : sums) {
            if (which.test(s)) {
                result.merge(key.apply(s), s.amount(), Fen::plus);
            }
        }
        return result;
    }

    public Fen sumOf(Predicate<PostingSum> which, Function<PostingSum, Fen> amount) {
        long total = 0;
        for (PostingSum s : sums) {
            if (which.test(s)) {
                total = Math.addExact(total, amount.apply(s).value());
            }
        }
        return Fen.of(total);
    }
}
