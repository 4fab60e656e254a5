package fiscalledger.projections.readmodel;

/**
 * The row key of {@code postings} on H2: {@code id = seq × 2^20 + line_no}, a generated invisible column that is
 * the table's primary key (schema-h2.sql). H2 keys the rows themselves by a single BIGINT primary key, so the
 * postings carry no separate primary-key index; the price is that a range or an order by event sequence must be
 * asked of {@code id} to use it (a condition on {@code seq} alone reads the whole table).
 */
public final class PostingKey {
    /** The low bits of {@code id} hold the line number; a posting's line number stays below 2^20 (a CHECK). */
    public static final int LINE_BITS = 20;

    private PostingKey() {
    }

    /** The least {@code id} of an event's postings. */
    public static long first(long sequence) {
        return Math.multiplyExact(sequence, 1L << LINE_BITS);
    }

    /** The greatest {@code id} an event's postings may have. */
    public static long last(long sequence) {
        return first(sequence) + (1L << LINE_BITS) - 1;
    }
}
