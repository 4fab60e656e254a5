package fiscalledger.projections.check;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.event.AppropriationReceivedEvent;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rows deleted from a read-model table by hand: the identities still hold (they are computed from the same rows),
 * so {@code check} compares the tables with the event store, names the table and the unit-year, and a replay
 * restores exactly the rows that were there.
 */
@SpringBootTest(classes = ProjectionsTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:read-model-damage;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.main.banner-mode=off",
        "fiscal-ledger.projections.segments=2"})
class ReadModelDamageTest {
    private static final LedgerKey DAMAGED = LedgerKey.of(new UnitCode("300001"), new FiscalYear(2024));
    private static final LedgerKey OTHER = LedgerKey.of(new UnitCode("300002"), new FiscalYear(2024));
    private static final List<String> TABLES = List.of("postings ORDER BY seq, line_no",
            "ledgers ORDER BY unit, fiscal_year", "asset_facts ORDER BY seq, item",
            "performance_evaluations ORDER BY seq", "performance_indicators ORDER BY seq, line_no",
            "procurement_contracts ORDER BY seq");
    private static boolean recorded;

    @Autowired
    EventStore eventStore;
    @Autowired
    IdentityChecks checks;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void recordTwoYears() {
        if (!recorded) {
            HandMadeYear.appendTo(eventStore, DAMAGED);
            HandMadeYear.appendTo(eventStore, OTHER);
            recorded = true;
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> replay.progress().finished()
                && count("SELECT COUNT(*) FROM performance_evaluations WHERE unit IN ('300001', '300002')") == 2);
    }

    @Test
    void intactReadModelsAgreeWithTheEventStore() {
        for (LedgerKey ledger : List.of(DAMAGED, OTHER)) {
            assertThat(checks.run(ledger, Cutoff.NONE)).allMatch(CheckResult::passed)
                    .filteredOn(r -> r.name().equals(EventCoverageChecks.NAME)).singleElement()
                    .satisfies(r -> assertThat(r.where()).contains("postings").contains("asset_facts")
                            .contains(ledger.id()));
        }
    }

    @Test
    void aLiveCheckCountsThePostingsOnceForBothOfItsReadsOfThem() {
        // H2 records every statement from here on, with how often it ran (off and on again: counted from zero)
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            assertThat(checks.run(DAMAGED, Cutoff.NONE)).allMatch(CheckResult::passed);
            Map<String, Long> runs = new LinkedHashMap<>();
            jdbc.query("SELECT sql_statement, execution_count FROM information_schema.query_statistics",
                    rs -> {
                        runs.put(rs.getString(1), rs.getLong(2));
                    });
            // the comparison with the events and the facts each read the unit-year's postings: one count tells both
            assertThat(runs).containsEntry("SELECT COUNT(*) FROM postings", 1L)
                    .containsEntry("SELECT COUNT(*) FROM postings WHERE unit = ? AND fiscal_year = ?", 1L);
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    @Test
    void postingsDeletedByHandAreReportedWithTheirUnitYearAndReplayRestoresThem() throws Exception {
        Map<String, Object> before = snapshot();
        long firstDeleted = count("SELECT MIN(seq) FROM postings WHERE unit = '300001' AND voucher IN ('E5', 'E6')");
        int deleted = jdbc.update("DELETE FROM postings WHERE unit = '300001' AND voucher IN ('E5', 'E6')");
        assertThat(deleted).isEqualTo(2);

        assertThat(failures(DAMAGED)).singleElement().satisfies(r -> assertThat(r.where())
                .startsWith("postings 300001/2024: 2 event(s) have no rows")
                .contains("first event sequence " + firstDeleted + ")")
                .contains("replay"));
        assertThat(checks.run(OTHER, Cutoff.NONE)).allMatch(CheckResult::passed);

        replayRestores(before, DAMAGED);
    }

    @Test
    void assetFactsRowsDeletedByHandAreReportedAndReplayRestoresThem() throws Exception {
        Map<String, Object> before = snapshot();
        assertThat(jdbc.update("DELETE FROM asset_facts WHERE unit = '300001' AND item = 'LARGE_EQUIPMENT'")).isOne();

        assertThat(failures(DAMAGED)).singleElement().satisfies(r -> assertThat(r.where())
                .startsWith("asset_facts 300001/2024: 1 event(s) have lost some of their rows").contains("replay"));

        jdbc.update("DELETE FROM asset_facts WHERE unit = '300001'");
        assertThat(failures(DAMAGED)).singleElement().satisfies(r -> assertThat(r.where())
                .startsWith("asset_facts 300001/2024: 1 event(s) have no rows").contains("replay"));

        replayRestores(before, DAMAGED);
    }

    @Test
    void aLedgerRowDeletedOrARowWithoutItsEventIsReported() throws Exception {
        Map<String, Object> before = snapshot();
        jdbc.update("DELETE FROM ledgers WHERE unit = '300001'");
        jdbc.update("UPDATE procurement_contracts SET seq = seq + 1000000 WHERE unit = '300001' AND voucher = 'HT1'");

        assertThat(failures(DAMAGED)).extracting(CheckResult::where).anySatisfy(w -> assertThat(w)
                        .startsWith("ledgers.opened_seq 300001/2024: 1 event(s) have no rows"))
                .anySatisfy(w -> assertThat(w).startsWith("procurement_contracts 300001/2024: 1 event(s) have no rows"))
                .anySatisfy(w -> assertThat(w).startsWith("procurement_contracts 300001/2024: 1 row sequence(s) match no event that writes them"));

        replayRestores(before, DAMAGED);
    }

    @Test
    void aPostingLineDeletedByHandIsAnEventThatLostSomeOfItsRows() throws Exception {
        Map<String, Object> before = snapshot();
        // the 调剂 ADJ2 posts its two lines, out of one budget line and into another
        assertThat(count("SELECT COUNT(*) FROM postings WHERE unit = '300001' AND voucher = 'ADJ2'")).isEqualTo(2);
        assertThat(jdbc.update("DELETE FROM postings WHERE unit = '300001' AND voucher = 'ADJ2' AND line_no = 0")).isOne();

        assertThat(failures(DAMAGED)).singleElement().satisfies(r -> assertThat(r.where())
                .startsWith("postings 300001/2024: 1 event(s) have lost some of their rows").contains("replay"));

        replayRestores(before, DAMAGED);
    }

    @Test
    void anEventAppendedAfterACheckIsComparedByTheNextCheckAsEveryOther() throws Exception {
        assertThat(checks.run(OTHER, Cutoff.NONE)).allMatch(CheckResult::passed);
        long next = count("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = '"
                + OTHER.id() + "'") + 1;
        eventStore.publish(new GenericDomainEventMessage<>("FiscalYearLedger", OTHER.id(), next,
                new AppropriationReceivedEvent(OTHER.unit(), OTHER.year(), "A99", LocalDate.of(2024, 11, 5), "追加拨款",
                        Fund.GENERAL_BUDGET, FunctionCode.of("2010301"), Fen.parseYuan("1000.00")),
                MetaData.with(LedgerMetadata.USER, "tester")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT COUNT(*) FROM postings WHERE unit = '300002' AND voucher = 'A99'") == 1);
        long appended = count("SELECT seq FROM postings WHERE unit = '300002' AND voucher = 'A99'");
        // every segment's token must have passed it (the other segment may lag behind the one that wrote the rows)
        await().atMost(Duration.ofSeconds(30)).until(() -> coveredUpTo(OTHER) >= appended);
        Map<String, Object> before = snapshot();

        assertThat(jdbc.update("DELETE FROM postings WHERE unit = '300002' AND voucher = 'A99'")).isOne();

        assertThat(failures(OTHER)).singleElement().satisfies(r -> assertThat(r.where())
                .startsWith("postings 300002/2024: 1 event(s) have no rows (first event sequence " + appended + ")"));
        replayRestores(before, OTHER);
    }

    /** How far the passing comparison with the event store says the read models reach ("… up to sequence N"). */
    private long coveredUpTo(LedgerKey ledger) {
        return checks.run(ledger, Cutoff.NONE).stream().filter(r -> r.name().equals(EventCoverageChecks.NAME))
                .filter(CheckResult::passed).map(r -> r.where().replaceAll(".* up to sequence (\\d+)$", "$1"))
                .mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    private List<CheckResult> failures(LedgerKey ledger) {
        return checks.run(ledger, Cutoff.NONE).stream()
                .filter(r -> r.name().equals(EventCoverageChecks.NAME)).filter(r -> !r.passed()).toList();
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** A replay gives back every row the damage took, and the checks pass again. */
    private void replayRestores(Map<String, Object> before, LedgerKey ledger) throws Exception {
        replay.replayAndWait(Duration.ofSeconds(60), p -> { });
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshot().equals(before));
        assertThat(checks.run(ledger, Cutoff.NONE)).allMatch(CheckResult::passed);
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String table : TABLES) {
            all.put(table, jdbc.queryForList("SELECT * FROM " + table));
        }
        return all;
    }
}
