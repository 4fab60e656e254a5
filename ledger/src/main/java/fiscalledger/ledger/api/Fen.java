package fiscalledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money, exactly, in fen (分, 0.01 yuan). Every amount in the ledger is one of these; there is no floating point
 * anywhere near money. Serialised as the bare number of fen so events stay compact and readable.
 */
public record Fen(long value) implements Comparable<Fen> {

    public static final Fen ZERO = new Fen(0);
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);
    private static final BigDecimal FEN_PER_WAN = BigDecimal.valueOf(1_000_000);

    @JsonCreator
    public static Fen of(long fen) {
        return fen == 0 ? ZERO : new Fen(fen);
    }

    /**
     * Parses a yuan amount as an officer types it ("1234.56", "1,234.5", "-3"). More than two decimals is not a
     * rounding question but an input error: the ledger never invents or drops a fen.
     */
    public static Fen parseYuan(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("amount is empty");
        }
        long plain = plainFen(text);
        if (plain != NOT_PLAIN) {
            return of(plain);
        }
        String cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "");
        BigDecimal yuan;
        try {
            yuan = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an amount in yuan (e.g. 1234.56)");
        }
        return ofYuan(yuan, text);
    }

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * The fen of the form nearly every amount of a journal has, {@code [-]digits[.d[d]]} with at most 15 digits
     * before the point, computed without a BigDecimal; {@link #NOT_PLAIN} for anything else (thousands separators,
     * currency signs, exponents, a third decimal …), which {@link #parseYuan} then reads and judges as before.
     */
    private static long plainFen(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        boolean negative = from < to && text.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        long yuan = 0;
        int integerDigits = 0;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            yuan = yuan * 10 + (text.charAt(i++) - '0');
            integerDigits++;
        }
        if (integerDigits == 0 || integerDigits > 15) {
            return NOT_PLAIN;
        }
        long fen = yuan * 100;
        if (i < to) {
            if (text.charAt(i) != '.' || to - i - 1 < 1 || to - i - 1 > 2) {
                return NOT_PLAIN;
            }
            int tenths = digit(text.charAt(i + 1));
            int hundredths = to - i - 1 == 2 ? digit(text.charAt(i + 2)) : 0;
            if (tenths < 0 || hundredths < 0) {
                return NOT_PLAIN;
            }
            fen += tenths * 10L + hundredths;
        }
        return negative ? -fen : fen;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    public static Fen ofYuan(BigDecimal yuan) {
        return ofYuan(yuan, yuan.toPlainString());
    }

    private static Fen ofYuan(BigDecimal yuan, String original) {
        BigDecimal fen = yuan.multiply(FEN_PER_YUAN);
        if (fen.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + original + "' has a fraction of a fen; amounts are exact to 0.01 yuan");
        }
        try {
            return of(fen.longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + original + "' is too large an amount");
        }
    }

    @JsonValue
    public long value() {
        return value;
    }

    public Fen plus(Fen other) {
        return of(Math.addExact(value, other.value));
    }

    public Fen minus(Fen other) {
        return of(Math.subtractExact(value, other.value));
    }

    public Fen negate() {
        return of(Math.negateExact(value));
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isZero() {
        return value == 0;
    }

    public BigDecimal toYuan() {
        return BigDecimal.valueOf(value, 2);
    }

    /** 万元 with the given number of decimals, rounded half-up from the exact amount (the publication's rule). */
    public BigDecimal toWan(int decimals) {
        return new BigDecimal(value).divide(FEN_PER_WAN, decimals, RoundingMode.HALF_UP);
    }

    /** The printed form of a table cell: 万元, 2 decimals, half-up. */
    public String toWanString() {
        return toWan(2).toPlainString();
    }

    @Override
    public int compareTo(Fen other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return toYuan().toPlainString();
    }
}
