package fiscalledger.projections.replay;

import fiscalledger.ledger.LedgerFixtures;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.LedgerDirectory;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.check.CheckResult;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.table.Printed;
import fiscalledger.projections.table.TableView;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read side wired on the ledger's Axon configuration: the tracking processor fills the read models from the
 * event store, and dropping every read model and replaying gives exactly the tables built incrementally.
 */
@SpringBootTest(classes = ProjectionsTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:projections-replay;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.main.banner-mode=off",
        "fiscal-ledger.projections.segments=2",
        "fiscal-ledger.projections.batch-size=500"})
class ProjectionReplayTest {
    private static final List<LedgerKey> LEDGERS = List.of(
            LedgerKey.of(new UnitCode("100001"), new FiscalYear(2023)),
            LedgerKey.of(new UnitCode("100001"), new FiscalYear(2024)),
            LedgerKey.of(new UnitCode("100003"), new FiscalYear(2024)));

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    PublicTables tables;
    @Autowired
    LedgerDirectory directory;
    @Autowired
    IdentityChecks checks;
    @Autowired
    ReadModelSchema schema;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void droppingEveryReadModelAndReplayingGivesTheTablesBuiltIncrementally() throws Exception {
        for (LedgerKey key : LEDGERS) {
            HandMadeYear.appendTo(eventStore, key);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> replay.progress().finished()
                && directory.ledgers().stream().filter(l -> LEDGERS.contains(l.key())).count() == LEDGERS.size()
                && jdbc.queryForObject("SELECT COUNT(*) FROM performance_evaluations WHERE unit IN ('100001','100003')", Long.class) == 3);
        Map<String, Object> before = snapshot();
        assertThat(tables.render("01", LEDGERS.get(0), Cutoff.NONE).row("31").cell("金额")).isNotNull();
        assertThat(Printed.of(tables.render("01", LEDGERS.get(2), Cutoff.NONE).row("62").cell("金额"), 2)).isEqualTo("97.79");
        for (LedgerKey key : LEDGERS) {
            assertThat(checks.run(key, Cutoff.NONE)).allMatch(CheckResult::passed);
        }

        schema.drop();
        assertThat(schema.missing()).containsAll(ReadModelSchema.TABLES);
        List<ReplayProgress> reported = new ArrayList<>();
        ReplayProgress done = replay.replayAndWait(Duration.ofSeconds(60), reported::add);
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshot().equals(before));

        assertThat(done.finished()).isTrue();
        assertThat(done.done()).isEqualTo(done.total()).isPositive();
        assertThat(reported).isNotEmpty().last().satisfies(p -> assertThat(p.percent()).isEqualTo(100));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void entriesRecordedThroughTheLedgerReachTheReadModelsWithWhoRecordedThem() {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(LedgerFixtures.openYear())
                .andMetaData(MetaData.with(LedgerMetadata.USER, "kuaiji").and(LedgerMetadata.REASON, "test")));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(LedgerFixtures.appropriation("V-1", "1000.00"))
                .andMetaData(MetaData.with(LedgerMetadata.USER, "kuaiji").and(LedgerMetadata.REASON, "test")));

        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(LedgerFixtures.LEDGER).isPresent()
                && jdbc.queryForObject("SELECT COUNT(*) FROM postings WHERE unit = '229001' AND fiscal_year = 2024",
                Long.class) == 2);
        Map<String, Object> posting = jdbc.queryForMap("SELECT * FROM postings WHERE unit = '229001' AND voucher = 'V-1'");
        assertThat(posting.get("recorded_by")).isEqualTo("kuaiji");
        assertThat(posting.get("movement")).isEqualTo("income");
        assertThat(posting.get("amount_fen")).isEqualTo(100_000L);
        Long globalIndex = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry "
                + "WHERE aggregate_identifier = '229001/2024'", Long.class);
        assertThat(posting.get("seq")).isEqualTo(globalIndex);
        assertThat(directory.find(LedgerFixtures.LEDGER)).get().satisfies(l -> {
            assertThat(l.unitName()).isEqualTo("山西省行政审批服务管理局");
            assertThat(l.closed()).isFalse();
        });
    }

    /** Every table of every ledger as printed, plus the raw read-model rows. */
    private Map<String, Object> snapshot() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (LedgerKey key : LEDGERS) {
            for (Map.Entry<String, TableView> t : tables.renderAll(key, Cutoff.NONE).entrySet()) {
                all.put(key + " " + t.getKey(), t.getValue());
            }
        }
        for (String table : List.of("postings ORDER BY seq, line_no", "ledgers ORDER BY unit, fiscal_year",
                "asset_facts ORDER BY seq, item", "performance_evaluations ORDER BY seq",
                "performance_indicators ORDER BY seq, line_no", "procurement_contracts ORDER BY seq")) {
            all.put(table, jdbc.queryForList("SELECT * FROM " + table));
        }
        return all;
    }
}
