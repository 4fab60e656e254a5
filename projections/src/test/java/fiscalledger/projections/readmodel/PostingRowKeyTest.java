package fiscalledger.projections.readmodel;

import fiscalledger.projections.HandMadeYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The H2 postings' row key {@code id = seq × 2^20 + line_no} ({@link PostingKey}), and the move of a store whose
 * postings were created before it, keyed by (seq, line_no): its rows are kept, whichever step a stopped process
 * left it at.
 */
class PostingRowKeyTest {
    /** The postings table as the stores created before the row key hold it. */
    private static final List<String> FORMER_POSTINGS = List.of("""
            CREATE TABLE postings (seq BIGINT NOT NULL, line_no INT NOT NULL, unit VARCHAR(12) NOT NULL,
                fiscal_year INT NOT NULL, movement VARCHAR(20) NOT NULL, fund VARCHAR(24) NOT NULL,
                function_code VARCHAR(7) NOT NULL, economic_code VARCHAR(5), kind VARCHAR(20),
                project VARCHAR(300) NOT NULL DEFAULT '', procurement VARCHAR(10), sme_fen BIGINT NOT NULL DEFAULT 0,
                small_micro_fen BIGINT NOT NULL DEFAULT 0, amount_fen BIGINT NOT NULL, voucher VARCHAR(64) NOT NULL,
                business_date DATE NOT NULL, adjustment_type VARCHAR(10), document VARCHAR(200),
                reversed_voucher VARCHAR(64), reversal_reason VARCHAR(1000), recorded_by VARCHAR(100),
                recorded_reason VARCHAR(1000), memo VARCHAR(2000),
                CONSTRAINT pk_postings PRIMARY KEY (seq, line_no))""",
            "CREATE INDEX ix_postings_ledger ON postings (unit, fiscal_year, movement)",
            "CREATE INDEX ix_postings_voucher ON postings (unit, fiscal_year, voucher)");
    private static final String ROWS = "SELECT * FROM postings ORDER BY seq, line_no";

    private JdbcTemplate jdbc;
    private ReadModelSchema schema;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:rowkey-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        schema = new ReadModelSchema(dataSource);
    }

    @AfterEach
    void close() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void everyPostingIsKeyedByItsSequenceTimesTwoToTheTwentiethPlusItsLineNumber() {
        schema.create();
        record();
        List<Map<String, Object>> keys = jdbc.queryForList("SELECT id, seq, line_no FROM postings");
        assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat((Long) k.get("id"))
                .isEqualTo(PostingKey.first((Long) k.get("seq")) + (Integer) k.get("line_no")));
        assertThat(jdbc.queryForList("SELECT * FROM postings").get(0)).doesNotContainKey("id");
    }

    @Test
    void anEventsPostingIsStoredOnceAndALineNumberBeyondTheKeyIsRefused() {
        schema.create();
        insert(7, 0);
        assertThatThrownBy(() -> insert(7, 0)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(6, 1 << PostingKey.LINE_BITS))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class)).isEqualTo(1);
    }

    @Test
    void aStoreWithTheFormerPostingsKeepsEveryRowUnderTheRowKeyAtItsNextStart() {
        formerStore();
        List<Map<String, Object>> before = jdbc.queryForList(ROWS);
        // what a read-only process, which moves nothing, reads such a store by
        assertThat(schema.postingsRowKeyed()).isFalse();

        schema.create();

        assertThat(schema.postingsRowKeyed()).isTrue();
        assertThat(jdbc.queryForList(ROWS)).isEqualTo(before);
        assertRowKeyed();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM balances", Long.class)).isPositive();
    }

    @Test
    void aStoreLeftWithItsPostingsSetAsideGetsThemBackAtTheNextStart() {
        formerStore();
        List<Map<String, Object>> before = jdbc.queryForList(ROWS);
        // a process stopped right after renaming the former table (its views, indexes and key dropped first)
        jdbc.execute("DROP INDEX ix_postings_ledger");
        jdbc.execute("ALTER TABLE postings DROP CONSTRAINT pk_postings");
        jdbc.execute("ALTER TABLE postings RENAME TO postings_unkeyed");

        schema.create();

        assertThat(jdbc.queryForList(ROWS)).isEqualTo(before);
        assertRowKeyed();
    }

    @Test
    void aCopyDoneBeforeTheFormerTableWasDroppedIsNotDoneTwice() {
        formerStore();
        List<Map<String, Object>> before = jdbc.queryForList(ROWS);
        schema.create();
        // a process stopped after the copy, before dropping the former table
        jdbc.execute("CREATE TABLE postings_unkeyed AS SELECT * FROM postings");

        schema.create();

        assertThat(jdbc.queryForList(ROWS)).isEqualTo(before);
        assertRowKeyed();
    }

    /** A store whose read models were written before the row key (without the views, which name the table). */
    private void formerStore() {
        schema.create();
        for (String view : ReadModelSchema.VIEWS) {
            jdbc.execute("DROP VIEW " + view);
        }
        jdbc.execute("DROP TABLE postings");
        FORMER_POSTINGS.forEach(jdbc::execute);
        record();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class)).isPositive();
    }

    private void record() {
        ReadModelWriter writer = new ReadModelWriter(jdbc);
        long sequence = 0;
        for (var event : HandMadeYear.events()) {
            writer.apply(event, new EventContext(++sequence, "tester", "test"));
        }
    }

    private void assertRowKeyed() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM postings WHERE id <> seq * 1048576 + line_no",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = "
                + "'POSTINGS_UNKEYED'", Long.class)).isZero();
        // the row key and the one secondary index, nothing left of the former two
        assertThat(jdbc.queryForList("SELECT INDEX_TYPE_NAME || ' ' || INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE TABLE_NAME = 'POSTINGS'", String.class))
                .hasSize(2).contains("INDEX IX_POSTINGS_MOVEMENT_VOUCHER").anyMatch(i -> i.startsWith("PRIMARY KEY"));
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_NAME = "
                + "'POSTINGS' AND INDEX_NAME IN (SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = "
                + "'POSTINGS' AND INDEX_TYPE_NAME = 'PRIMARY KEY')", String.class)).containsExactly("ID");
        assertThat(schema.missing()).isEmpty();
    }

    private void insert(long seq, int line) {
        jdbc.update("INSERT INTO postings (seq, line_no, unit, fiscal_year, movement, fund, function_code, amount_fen, "
                + "voucher, business_date) VALUES (?, ?, '900001', 2024, 'income', 'GENERAL_BUDGET', '2010101', 1, "
                + "'V', DATE '2024-01-02')", seq, line);
    }
}
