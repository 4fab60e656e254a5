package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;

import java.time.LocalDate;

/**
 * One step of a timeline: when (business date and event sequence), what happened, who recorded it, the amount it
 * moved (null when none) and the running total after it (null when the timeline keeps none).
 */
public record TimelineEntry(LocalDate date, long sequence, String voucher, String what, String by, Fen amount,
                            Fen running, String detail) {
}
