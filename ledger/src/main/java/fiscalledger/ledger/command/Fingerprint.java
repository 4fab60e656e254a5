package fiscalledger.ledger.command;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stable hash of what an entry says, memo aside: a command and the event it records give the same value, and the
 * value survives restarts (it only hashes strings), so a re-imported voucher whose content changed is noticed.
 */
final class Fingerprint {

    /** Components a command and its event do not share, or that carry no meaning for the comparison. */
    private static final Set<String> IGNORED = Set.of("memo", "openingBalances", "closingBalances", "carryForward");

    private Fingerprint() {
    }

    /** The compared components of each record type, looked up once: this runs for every event of a replay. */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> !IGNORED.contains(c.getName()))
                    .peek(c -> c.getAccessor().setAccessible(true)).toList();
        }
    };

    /**
     * The hash code of the text {@code |name=value|name=value…} over the compared components, computed as
     * {@link String#hashCode()} would compute it but without building the text (every recorded event is fingerprinted,
     * and the values are kept in snapshots, so the value must not change).
     */
    static int of(Record entry) {
        int hash = 0;
        for (RecordComponent component : COMPONENTS.get(entry.getClass())) {
            try {
                Object value = component.getAccessor().invoke(entry);
                hash = hash(hash(hash(hash, '|'), component.getName()), '=');
                hash = hashValue(hash, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + entry, e);
            }
        }
        return hash;
    }

    /** {@link String#hashCode()} of a text so far hashed to {@code hash}, extended by {@code more}. */
    private static int hash(int hash, String more) {
        for (int i = 0; i < more.length(); i++) {
            hash = 31 * hash + more.charAt(i);
        }
        return hash;
    }

    private static int hash(int hash, char more) {
        return 31 * hash + more;
    }

    /**
     * {@code hash} extended by the value's canonical text. Amounts, years and dates are hashed digit by digit instead
     * of being printed first: every applied event is fingerprinted, and printing them was most of what it allocated.
     */
    private static int hashValue(int hash, Object value) {
        if (value instanceof fiscalledger.ledger.api.Fen fen) {
            return hashDecimal(hash, fen.value());
        }
        if (value instanceof fiscalledger.ledger.api.FiscalYear year) {
            return hashDecimal(hash, year.value());
        }
        if (value instanceof LocalDate date && date.getYear() >= 0 && date.getYear() <= 9999) {
            // LocalDate.toString() of such a year: yyyy-MM-dd, zero-padded
            hash = hashDigits(hash, date.getYear(), 4);
            hash = hashDigits(hash(hash, '-'), date.getMonthValue(), 2);
            return hashDigits(hash(hash, '-'), date.getDayOfMonth(), 2);
        }
        return hash(hash, canonical(value));
    }

    /** {@code hash} extended by {@link Long#toString(long)} of the value. */
    private static int hashDecimal(int hash, long value) {
        if (value == Long.MIN_VALUE) {
            return hash(hash, Long.toString(value));
        }
        if (value < 0) {
            hash = hash(hash, '-');
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return hashDigits(hash, value, digits);
    }

    /** {@code hash} extended by the value's last {@code width} decimal digits, zero-padded. */
    private static int hashDigits(int hash, long value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            hash = hash(hash, (char) ('0' + (value / POWERS_OF_TEN[i]) % 10));
        }
        return hash;
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), String.valueOf(v)));
            return sorted.toString();
        }
        return String.valueOf(value);
    }
}
