package fiscalledger.projections.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.event.EntryReversedEvent;
import fiscalledger.ledger.api.event.LedgerEvent;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.ReadModelFixture;
import fiscalledger.projections.catalog.CatalogCodeNames;
import fiscalledger.projections.check.CheckResult;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.readmodel.EventContext;
import fiscalledger.projections.sql.QueryResult;
import fiscalledger.projections.table.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * as-of equals a fresh replay: for several cut-offs (dates and event sequence numbers, just before and just after a
 * reversal, mid-year, after the close) every table, every identity check and ad-hoc SQL read from the live store as of
 * the cut-off equal what a separate, empty store shows after only the events within the cut-off were replayed into
 * it through the same projection writer.
 */
class AsOfEqualsFreshReplayTest {

    @TempDir
    static Path dataDir;

    static LiveLedger live;
    static LedgerKey ledger = LedgerKey.parse("229001/2024");
    static List<EventRecord> events;
    static EventRecord reversal;
    static EventRecord reversedOriginal;

    @BeforeAll
    static void importTheSampleYear() {
        live = new LiveLedger(dataDir);
        live.importFile(LiveLedger.sample());
        events = live.audit.events().events(new fiscalledger.projections.audit.EventFilter(ledger, null, null, null,
                null, null, Integer.MAX_VALUE));
        reversal = events.stream().filter(e -> e.payload() instanceof EntryReversedEvent).findFirst().orElseThrow();
        String reversed = ((EntryReversedEvent) reversal.payload()).reversedVoucher();
        reversedOriginal = events.stream().filter(e -> e.ledgerEvent().orElseThrow().voucher().equals(reversed))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    static List<Cutoff> cutoffs() {
        LocalDate reversalDate = reversal.ledgerEvent().orElseThrow().date();
        List<Cutoff> cutoffs = new ArrayList<>(List.of(
                Cutoff.throughSequence(reversal.sequence() - 1),
                Cutoff.throughSequence(reversal.sequence()),
                Cutoff.throughSequence(reversedOriginal.sequence()),
                Cutoff.throughSequence(events.get(events.size() / 2).sequence()),
                Cutoff.asOf(reversalDate.minusDays(1)),
                Cutoff.asOf(reversalDate),
                Cutoff.asOf(LocalDate.of(2024, 6, 30)),
                Cutoff.asOf(LocalDate.of(2024, 12, 31)),
                new Cutoff(LocalDate.of(2024, 9, 30), events.get(events.size() * 3 / 4).sequence())));
        return cutoffs;
    }

    /** A separate read-model store that has seen only the events within the cut-off. */
    static ReadModelFixture freshReplay(Cutoff cutoff) {
        ReadModelFixture fresh = new ReadModelFixture();
        int replayed = 0;
        for (EventRecord e : events) {
            LedgerEvent le = e.ledgerEvent().orElseThrow();
            if (cutoff.includes(le.date(), e.sequence())) {
                fresh.writer.apply(le, new EventContext(e.sequence(), e.user(), e.reason()));
                replayed++;
            }
        }
        assertThat(replayed).as("events within " + cutoff).isPositive().isLessThanOrEqualTo(events.size());
        return fresh;
    }

    @Test
    void theCutOffsFallBeforeAndAfterAReversal() {
        assertThat(reversedOriginal.sequence()).isLessThan(reversal.sequence());
        Cutoff before = Cutoff.throughSequence(reversal.sequence() - 1);
        Cutoff after = Cutoff.throughSequence(reversal.sequence());
        TableView balancesBefore = live.audit.table("balances", ledger, before);
        TableView balancesAfter = live.audit.table("balances", ledger, after);
        assertThat(balancesBefore.rows()).isNotEqualTo(balancesAfter.rows());
    }

    @Test
    void everyTableAsOfACutOffEqualsTheTableOfAStoreThatReplayedOnlyThoseEvents() {
        PublicTables tables = live.bean(PublicTables.class);
        for (Cutoff cutoff : cutoffs()) {
            ReadModelFixture fresh = freshReplay(cutoff);
            try {
                PublicTables freshTables = new PublicTables(fresh.facts,
                        new CatalogCodeNames(live.bean(CodeCatalog.class)));
                for (String id : tables.tableIds()) {
                    TableView asOf = live.audit.table(id, ledger, cutoff);
                    TableView replayed = freshTables.render(id, ledger);
                    assertThat(asOf.columns()).as(id + " " + cutoff).isEqualTo(replayed.columns());
                    assertThat(asOf.rows()).as("table " + id + " " + cutoff).isEqualTo(replayed.rows());
                    assertThat(asOf.notes()).as(id + " " + cutoff).startsWith(cutoff.describe());
                    assertThat(asOf.notes().subList(1, asOf.notes().size())).isEqualTo(replayed.notes());
                }
            } finally {
                fresh.close();
            }
        }
    }

    @Test
    void identityChecksAsOfACutOffEqualThoseOfAFreshReplay() {
        for (Cutoff cutoff : cutoffs()) {
            ReadModelFixture fresh = freshReplay(cutoff);
            try {
                IdentityChecks freshChecks = new IdentityChecks(new PublicTables(fresh.facts,
                        new CatalogCodeNames(live.bean(CodeCatalog.class))), fresh.facts, fresh.schema, fresh.jdbc);
                List<CheckResult> asOf = live.audit.check(ledger, cutoff);
                assertThat(asOf).as(cutoff.toString()).isEqualTo(freshChecks.run(ledger, Cutoff.NONE));
                assertThat(asOf).allMatch(CheckResult::passed);
            } finally {
                fresh.close();
            }
        }
    }

    @Test
    void sqlAsOfACutOffSeesTheReadModelsOfAFreshReplay() {
        List<String> queries = List.of(
                "SELECT movement, fund, function_code, COUNT(*) AS n, SUM(amount_fen) AS fen FROM postings "
                        + "GROUP BY movement, fund, function_code ORDER BY movement, fund, function_code",
                "SELECT * FROM balances ORDER BY fund, function_code",
                "SELECT * FROM budget_projects ORDER BY project",
                "SELECT unit, fiscal_year, closed_on, closing_voucher FROM ledgers",
                "SELECT item, quantity FROM asset_facts WHERE reversed_seq IS NULL ORDER BY item",
                "SELECT project, declared_target_fen FROM performance_evaluations ORDER BY project",
                "SELECT COUNT(*) FROM performance_indicators");
        for (Cutoff cutoff : cutoffs()) {
            ReadModelFixture fresh = freshReplay(cutoff);
            try {
                var freshSql = fresh.readOnlySql();
                for (String q : queries) {
                    QueryResult asOf = live.audit.sql(q, 10_000, cutoff);
                    QueryResult replayed = freshSql.query(q, 10_000);
                    assertThat(asOf.columns()).isEqualTo(replayed.columns());
                    assertThat(asOf.rows()).as(q + " " + cutoff).isEqualTo(replayed.rows());
                }
            } finally {
                fresh.close();
            }
        }
    }

    @Test
    void asOfLeavesTheLiveReadModelsAsTheyWere() {
        Map<String, TableView> before = new LinkedHashMap<>();
        PublicTables tables = live.bean(PublicTables.class);
        tables.tableIds().forEach(id -> before.put(id, tables.render(id, ledger)));
        for (Cutoff cutoff : cutoffs()) {
            live.audit.sql("SELECT COUNT(*) FROM postings", 10, cutoff);
            live.audit.table("01", ledger, cutoff);
        }
        tables.tableIds().forEach(id -> assertThat(tables.render(id, ledger)).isEqualTo(before.get(id)));
        List<List<Object>> schemas = live.audit.sql("SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA "
                + "WHERE SCHEMA_NAME LIKE 'ASOF%'", 10, Cutoff.NONE).rows();
        assertThat(schemas).as("temporary as-of schemas are dropped").isEmpty();
    }
}
