package fiscalledger.projections.facts;

import java.time.YearMonth;

/**
 * The postings of one combination of dimensions in one month of business dates, as the database summed and counted
 * them: what a trace breaks a cell down by (month, fund, child code) without reading the postings themselves.
 *
 * @param firstSequence the lowest event sequence among them, {@code lastSequence} the highest
 */
public record MonthlySum(PostingSum sum, YearMonth month, long postings, long firstSequence, long lastSequence) {
}
