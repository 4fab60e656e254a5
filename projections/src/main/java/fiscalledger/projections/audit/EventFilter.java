package fiscalledger.projections.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.event.EntryReversedEvent;
import fiscalledger.ledger.api.event.LedgerEvent;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events the browser shows; null fields do not filter. {@code type} matches the event's class name without
 * "Event", case-insensitively and in part ("expenditure", "BudgetAdjusted"); dates are business dates; a voucher
 * matches the event's own voucher and the voucher a reversal reverses; {@code limit} caps the rows.
 */
public record EventFilter(LedgerKey ledger, String type, LocalDate from, LocalDate to, String voucher, String user,
                          int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public EventFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, Integer.MAX_VALUE);
    }

    boolean matchesType(String payloadType) {
        if (type == null) {
            return true;
        }
        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return simple.contains(type.toLowerCase(Locale.ROOT).replace("-", ""));
    }

    boolean matches(EventRecord e) {
        if (user != null && !user.equals(e.user())) {
            return false;
        }
        if (from == null && to == null && voucher == null) {
            return true;
        }
        if (!(e.payload() instanceof LedgerEvent le)) {
            return false;
        }
        if (from != null && le.date().isBefore(from) || to != null && le.date().isAfter(to)) {
            return false;
        }
        return voucher == null || voucher.equals(le.voucher())
                || le instanceof EntryReversedEvent r && voucher.equals(r.reversedVoucher());
    }
}
