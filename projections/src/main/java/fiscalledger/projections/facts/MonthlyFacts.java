package fiscalledger.projections.facts;

import java.util.List;

/** A unit-year's facts together with the monthly sums they fold, read in one pass over the postings. */
public record MonthlyFacts(LedgerFacts facts, List<MonthlySum> monthly) {
}
