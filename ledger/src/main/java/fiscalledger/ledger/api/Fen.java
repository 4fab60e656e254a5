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
        String cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "");
        BigDecimal yuan;
        try {
            yuan = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an amount in yuan (e.g. 1234.56)");
        }
        return ofYuan(yuan, text);
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
