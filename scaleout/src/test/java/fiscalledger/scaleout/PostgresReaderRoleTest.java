package fiscalledger.scaleout;

import fiscalledger.testsupport.PostgresTestDatabase;
import fiscalledger.ledger.access.StoreAccess;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.ReadOnlyLedgerException;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.check.CheckResult;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.sql.QueryResult;
import fiscalledger.projections.sql.ReadOnlySql;
import fiscalledger.projections.sql.ReadOnlySqlException;
import fiscalledger.projections.sql.ReaderRole;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An auditor on PostgreSQL connects as a database user that holds SELECT rights only ({@link ReaderRole}): tables,
 * identity checks and SQL work on the read models a writing process keeps current; a recording is refused by the
 * application and — tried past it, on the reader's own connection — by the database itself (permission denied). The
 * reader starts no processor and writes no token, heartbeat or table.
 */
class PostgresReaderRoleTest {

    private static final UnitCode UNIT = new UnitCode("540002");
    private static final FiscalYear YEAR = new FiscalYear(2024);
    private static final LedgerKey LEDGER = LedgerKey.of(UNIT, YEAR);

    @Test
    void anAuditorReadsAsASelectOnlyUserAndTheDatabaseItselfRefusesItsWrites() throws Exception {
        String reader = "fl_reader_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String password = "pw-" + UUID.randomUUID();
        try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
            try {
                List<String> writerProperties = new ArrayList<>(db.springProperties());
                writerProperties.add("fiscal-ledger.node-id=writer");
                List<LedgerCommand> year = SyntheticYear.of(UNIT, YEAR, 300, 11);
                try (ConfigurableApplicationContext writer = NodeApplication.start(writerProperties)) {
                    new JournalRecorder(writer.getBean(CommandGateway.class), 100).record(LEDGER, "pg-reader", year);
                    awaitReadModelsAtHead(db);
                    ReaderRole.create(writer.getBean(DataSource.class), reader, password);
                }
                long events;
                List<TokenTable.Segment> tokens;
                Map<String, List<String>> readModels;
                try (Connection c = db.connect()) {
                    events = TokenTable.head(c);
                    tokens = TokenTable.segments(c, LedgerProjection.PROCESSING_GROUP);
                    readModels = ReadModelDump.of(c);
                }

                List<String> readerProperties = new ArrayList<>(db.springProperties());
                readerProperties.addAll(List.of("fiscal-ledger.node-id=auditor", "fiscal-ledger.role=auditor",
                        "fiscal-ledger.user=li.shen", "fiscal-ledger.db-reader.user=" + reader,
                        "fiscal-ledger.db-reader.password=" + password));
                try (ConfigurableApplicationContext auditor = NodeApplication.start(readerProperties)) {
                    assertThat(auditor.getBean(StoreAccess.class).readOnly()).isTrue();
                    JdbcTemplate jdbc = new JdbcTemplate(auditor.getBean(DataSource.class));
                    assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(reader);

                    // reading works: a table, every identity, the SQL console
                    PublicTables tables = auditor.getBean(PublicTables.class);
                    assertThat(tables.render("01", LEDGER).rows()).isNotEmpty();
                    List<CheckResult> checks = auditor.getBean(IdentityChecks.class).run(LEDGER, Cutoff.none());
                    assertThat(checks).isNotEmpty().allMatch(CheckResult::passed);
                    QueryResult count = auditor.getBean(ReadOnlySql.class).query("SELECT COUNT(*) AS n FROM postings", 10);
                    assertThat(((Number) count.rows().get(0).get(0)).longValue())
                            .isEqualTo(readModels.get("postings").size());

                    // the application refuses a recording before any unit of work
                    assertThatThrownBy(() -> auditor.getBean(CommandGateway.class).sendAndWait(year.get(1)))
                            .isInstanceOf(ReadOnlyLedgerException.class).hasMessageContaining("auditor");
                    assertThatThrownBy(() -> auditor.getBean(ProjectionReplay.class).start())
                            .hasMessageContaining("may only read");
                    assertThatThrownBy(() -> auditor.getBean(ReadOnlySql.class).query("DELETE FROM postings", 10))
                            .isInstanceOf(ReadOnlySqlException.class);
                    // an export (sql --out) reads every row through a cursor in the same READ ONLY transaction
                    long[] streamed = {0};
                    assertThat(auditor.getBean(ReadOnlySql.class).stream("SELECT g AS n FROM generate_series(1, 25000) g",
                            null, new fiscalledger.projections.sql.RowSink() {
                                @Override
                                public void columns(List<String> labels) {
                                    assertThat(labels).containsExactly("n");
                                }

                                @Override
                                public void row(List<Object> values) {
                                    streamed[0]++;
                                    assertThat(((Number) values.get(0)).longValue()).isEqualTo(streamed[0]);
                                }
                            })).isEqualTo(25_000L);
                    assertThatThrownBy(() -> auditor.getBean(ReadOnlySql.class).stream("DELETE FROM postings", null,
                            null)).isInstanceOf(ReadOnlySqlException.class).hasMessageContaining("read-only");

                    // and the database refuses the reader's writes itself, on the process's own connection
                    for (String write : List.of(
                            "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, event_identifier,"
                                    + " payload, payload_type, time_stamp) VALUES ('x', 0, 'x', '\\x00', 'x', 'x')",
                            "UPDATE token_entry SET owner = 'auditor'",
                            "DELETE FROM snapshot_event_entry",
                            "DELETE FROM postings",
                            "TRUNCATE ledgers",
                            "DROP TABLE postings",
                            "CREATE TABLE stolen (x INT)")) {
                        assertThat(sqlState(auditor.getBean(DataSource.class), write)).as(write).isEqualTo("42501");
                    }

                    // no processor runs here: it would write tokens and read-model rows
                    TrackingEventProcessor processor = auditor.getBean(EventProcessingConfiguration.class)
                            .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
                    assertThat(processor.isRunning()).isFalse();
                }
                try (Connection c = db.connect()) {
                    assertThat(TokenTable.head(c)).isEqualTo(events);
                    assertThat(TokenTable.segments(c, LedgerProjection.PROCESSING_GROUP)).isEqualTo(tokens);
                    assertThat(ReadModelDump.of(c)).isEqualTo(readModels);
                }
            } finally {
                dropRole(db, reader);
            }
        }
    }

    private static String sqlState(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
            return "executed";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static void awaitReadModelsAtHead(PostgresTestDatabase db) {
        await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> {
            try (Connection c = db.connect()) {
                long head = TokenTable.head(c);
                return TokenTable.segments(c, LedgerProjection.PROCESSING_GROUP).stream()
                        .allMatch(s -> s.position() >= head);
            }
        });
    }

    /** Roles belong to the whole server: the test's own is dropped with what it owns in the test database. */
    private static void dropRole(PostgresTestDatabase db, String reader) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP OWNED BY " + reader.toLowerCase(Locale.ROOT));
            st.execute("DROP ROLE IF EXISTS " + reader);
        } catch (SQLException e) {
            System.err.println("could not drop the test role " + reader + ": " + e.getMessage());
        }
    }
}
