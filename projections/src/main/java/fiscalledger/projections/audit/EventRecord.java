package fiscalledger.projections.audit;

import fiscalledger.ledger.api.event.LedgerEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * One event of the event store as an auditor reads it: its global sequence number, the aggregate (unit-year) and
 * its place in it, the event type, when it was stored, who recorded it and why (Axon metadata), and the payload.
 */
public record EventRecord(long sequence, String aggregate, long aggregateSequence, String type, Instant storedAt,
                          String user, String reason, String source, Object payload) {

    public Optional<LedgerEvent> ledgerEvent() {
        return payload instanceof LedgerEvent e ? Optional.of(e) : Optional.empty();
    }

    /** One line on what the event recorded (voucher, date, amounts in yuan, dimensions). */
    public String summary() {
        return EventSummaries.describe(payload);
    }
}
