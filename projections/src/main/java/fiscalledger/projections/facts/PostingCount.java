package fiscalledger.projections.facts;

import fiscalledger.ledger.api.LedgerKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many postings one unit-year holds, and how many the table holds in all: counted once per table, trace or check
 * and handed to each read of the unit-year's postings, which on H2 it tells whether to scan the table or go through
 * the postings' index {@code (unit, fiscal_year, movement, voucher)} (see {@link PostingSums}).
 * <p>
 * Where the database sums the postings itself (PostgreSQL) no read chooses a scan, and the table is not counted: a
 * {@code COUNT(*)} over the whole table is a scan of it there. {@code table} is then {@link #UNCOUNTED}.
 */
public record PostingCount(long unitYear, long table) {
    /** The table's count where none was taken (PostgreSQL): no scan is ever chosen. */
    public static final long UNCOUNTED = -1;
    /** From this share of the table's postings on, a scan of the table reads fewer rows than the index costs. */
    private static final int SCAN_WHEN_SHARE_AT_LEAST_ONE_IN = 3;

    /** @param tableToo also count the whole table (H2, where a read of the postings may choose a scan) */
    public static PostingCount of(JdbcTemplate jdbc, LedgerKey key, boolean tableToo) {
        Long unitYear = jdbc.queryForObject("SELECT COUNT(*) FROM postings WHERE unit = ? AND fiscal_year = ?",
                Long.class, key.unit().value(), key.year().value());
        Long table = tableToo ? jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class) : null;
        return new PostingCount(unitYear == null ? 0 : unitYear, table == null ? UNCOUNTED : table);
    }

    /**
     * Whether the unit-year holds enough of the table's postings that reading the whole table (H2:
     * {@code USE INDEX ()}) costs less than reaching its rows through the index.
     */
    public boolean scanIsCheaper() {
        return table != UNCOUNTED && unitYear * SCAN_WHEN_SHARE_AT_LEAST_ONE_IN >= table;
    }
}
