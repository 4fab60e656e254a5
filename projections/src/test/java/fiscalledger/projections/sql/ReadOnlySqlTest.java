package fiscalledger.projections.sql;

import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.ReadModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class ReadOnlySqlTest {
    private ReadModelFixture fixture;
    private ReadOnlySql sql;

    @BeforeEach
    void setUp() {
        fixture = new ReadModelFixture();
        fixture.recordAll(HandMadeYear.events());
        fixture.jdbc.execute("CREATE TABLE domain_event_entry (global_index BIGINT PRIMARY KEY, payload VARCHAR(100))");
        sql = fixture.readOnlySql();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void queriesTheReadModelsWithColumnsAndRows() {
        QueryResult r = sql.query("SELECT fund, CAST(SUM(amount_fen) AS BIGINT) AS fen FROM postings WHERE movement = 'income' "
                + "GROUP BY fund ORDER BY fund", 100);
        assertThat(r.columns()).containsExactly("fund", "fen");
        assertThat(r.rows()).containsExactly(java.util.List.of("GENERAL_BUDGET", 80_000_000L),
                java.util.List.of("GOVERNMENT_FUND", 10_000_000L), java.util.List.of("OTHER", 690_000L));
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void readsTheBalancesAndBudgetViews() {
        QueryResult balances = sql.query("SELECT closing_fen FROM balances WHERE fund = 'OTHER'", 10);
        assertThat(balances.rows()).containsExactly(java.util.List.of(1_090_000L));
        QueryResult line = sql.query("SELECT initial_fen, adjustment_fen, full_year_fen, executed_fen, remaining_fen, "
                + "execution_rate FROM budget WHERE economic_code = '30217'", 10);
        assertThat(line.rows()).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 5)).containsExactly(80_000L, 300_000L, 380_000L, 380_000L, 0L);
            assertThat(row.get(5)).hasToString("100.00");
        });
        QueryResult budget = sql.query("SELECT project, full_year_fen, executed_fen, execution_rate FROM budget_projects", 10);
        assertThat(budget.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("数据治理");
            assertThat(row.get(1)).isEqualTo(52_000_000L);
            assertThat(row.get(2)).isEqualTo(42_000_000L);
            assertThat(row.get(3)).hasToString("80.77");
        });
    }

    @Test
    void stopsAtMaxRowsAndSaysSo() {
        QueryResult r = sql.query("SELECT seq FROM postings ORDER BY seq", 3);
        assertThat(r.rows()).hasSize(3);
        assertThat(r.truncated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DELETE FROM postings",
            "UPDATE postings SET amount_fen = 0",
            "INSERT INTO ledgers (unit) VALUES ('1')",
            "DROP TABLE postings",
            "CREATE TABLE x (a INT)",
            "TRUNCATE TABLE postings",
            "SELECT * FROM domain_event_entry",
            "CALL CSVWRITE('/tmp/out.csv', 'SELECT * FROM postings')",
            "SCRIPT TO '/tmp/dump.sql'"})
    void theDatabaseRefusesAnythingButReadingTheReadModels(String statement) {
        assertThatThrownBy(() -> sql.query(statement, 10)).isInstanceOf(ReadOnlySqlException.class)
                .hasMessageContaining("read-only");
        // an export is refused alike, with the same message
        String refused = catchThrowable(() -> sql.query(statement, 10)).getMessage();
        assertThatThrownBy(() -> sql.stream(statement, null, new Collect())).isInstanceOf(ReadOnlySqlException.class)
                .hasMessage(refused);
        assertThat(fixture.jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class)).isPositive();
    }

    @Test
    void streamsEveryRowWithoutALimitInTheOrderRead() {
        Collect rows = new Collect();
        long count = fixture.jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class);
        assertThat(sql.stream("SELECT seq, business_date FROM postings ORDER BY seq", null, rows)).isEqualTo(count);
        assertThat(rows.labels).containsExactly("seq", "business_date");
        assertThat(rows.rows).hasSize((int) count);
        assertThat(rows.rows.get(0).get(1)).isInstanceOf(java.time.LocalDate.class);
        assertThat(sql.stream("SELECT X FROM SYSTEM_RANGE(1, 25000)", null, new Collect())).isEqualTo(25_000L);
    }

    private static final class Collect implements RowSink {
        java.util.List<String> labels;
        final java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();

        @Override
        public void columns(java.util.List<String> labels) {
            this.labels = labels;
        }

        @Override
        public void row(java.util.List<Object> values) {
            rows.add(values);
        }
    }

    @Test
    void aSyntaxErrorSaysWhatIsWrong() {
        assertThatThrownBy(() -> sql.query("SELEC 1", 10)).isInstanceOf(ReadOnlySqlException.class)
                .hasMessageStartingWith("SQL error: ");
    }
}
