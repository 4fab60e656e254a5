package fiscalledger.projections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far into the event history a table looks: everything, everything up to and including a business date
 * ("as of 30 June"), or everything up to and including an event's global sequence number. Tables and checks
 * take one so that the audit helper can answer "what did table 01 say on 2024-06-30" from the same code that
 * prints the live tables, without touching the live read models.
 *
 * @param throughDate     last business date included, or null for no date bound
 * @param throughSequence last event global sequence number included, or null for no sequence bound
 */
public record Cutoff(LocalDate throughDate, Long throughSequence) {

    public static final Cutoff NONE = new Cutoff(null, null);

    public Cutoff {
        if (throughSequence != null && throughSequence < 0) {
            throw new IllegalArgumentException("event sequence " + throughSequence + " cannot be negative");
        }
    }

    public static Cutoff none() {
        return NONE;
    }

    public static Cutoff asOf(LocalDate date) {
        return new Cutoff(Objects.requireNonNull(date, "as-of date"), null);
    }

    public static Cutoff throughSequence(long sequence) {
        return new Cutoff(null, sequence);
    }

    /**
     * Reads what a user types: empty or "now" for no cut-off, {@code 2024-06-30} for a business date,
     * {@code #1234} or {@code seq:1234} for an event sequence number.
     */
    public static Cutoff parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("now")) {
            return NONE;
        }
        String t = text.strip();
        String digits = t.startsWith("#") ? t.substring(1) : t.toLowerCase().startsWith("seq:") ? t.substring(4) : null;
        if (digits != null) {
            try {
                return throughSequence(Long.parseLong(digits.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not an event sequence number (e.g. #1234)");
            }
        }
        try {
            return asOf(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a date (YYYY-MM-DD) nor an event sequence (#1234)");
        }
    }

    public boolean isNone() {
        return throughDate == null && throughSequence == null;
    }

    /** Whether an event with this business date and sequence number lies within the cut-off. */
    public boolean includes(LocalDate date, long sequence) {
        return (throughDate == null || !date.isAfter(throughDate))
                && (throughSequence == null || sequence <= throughSequence);
    }

    /**
     * The SQL condition (starting with " AND", or empty) that keeps rows within the cut-off, for the given
     * date and sequence columns; its parameters are appended to {@code params}.
     */
    public String sql(String dateColumn, String sequenceColumn, List<Object> params) {
        StringBuilder sb = new StringBuilder();
        if (throughDate != null) {
            sb.append(" AND ").append(dateColumn).append(" <= ?");
            params.add(java.sql.Date.valueOf(throughDate));
        }
        if (throughSequence != null) {
            sb.append(" AND ").append(sequenceColumn).append(" <= ?");
            params.add(throughSequence);
        }
        return sb.toString();
    }

    /** The condition that a later event (e.g. a reversal) recorded at these columns has NOT yet happened. */
    public String notYet(String dateColumn, String sequenceColumn, List<Object> params) {
        if (isNone()) {
            return " AND " + sequenceColumn + " IS NULL";
        }
        List<String> after = new ArrayList<>();
        if (throughDate != null) {
            after.add(dateColumn + " > ?");
            params.add(java.sql.Date.valueOf(throughDate));
        }
        if (throughSequence != null) {
            after.add(sequenceColumn + " > ?");
            params.add(throughSequence);
        }
        return " AND (" + sequenceColumn + " IS NULL OR " + String.join(" OR ", after) + ")";
    }

    /** For headers: "as of 2024-06-30", "through event #1234", or "" for none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (throughDate != null) {
            parts.add("as of " + throughDate);
        }
        if (throughSequence != null) {
            parts.add("through event #" + throughSequence);
        }
        return String.join(", ", parts);
    }

    @Override
    public String toString() {
        return isNone() ? "now" : describe();
    }
}
