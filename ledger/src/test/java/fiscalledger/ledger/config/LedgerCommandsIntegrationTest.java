package fiscalledger.ledger.config;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.api.event.YearOpenedEvent;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledgertest.ledger.LedgerTestApplication;
import fiscalledgertest.ledger.TrackedEventsProbe;
import org.awaitility.Awaitility;
import java.time.Duration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static fiscalledger.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The write side wired by Spring on a real H2 file: carrying balances forward between aggregates, journals that roll
 * back without leaving state in the aggregate cache, code registration, snapshots, audit metadata. Each test uses
 * its own unit so they do not depend on each other's order.
 */
@SpringBootTest(classes = {LedgerTestApplication.class, TrackedEventsProbe.class})
class LedgerCommandsIntegrationTest {

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        registry.add("fiscal-ledger.data-dir", () -> tempDir());
        registry.add("fiscal-ledger.snapshot-threshold", () -> "5");
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("ledger-it").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    CodeCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrackedEventsProbe probe;
    @Autowired
    org.axonframework.common.caching.Cache ledgerCache;

    private static OpenYearCommand open(String unit, int year, List<OpeningBalance> balances, boolean carry) {
        return new OpenYearCommand(new UnitCode(unit), new FiscalYear(year), "OPEN-" + year, LocalDate.of(year, 1, 1),
                "", "测试单位", "229", "", UnitType.ADMINISTRATIVE, balances, carry);
    }

    private static ReceiveAppropriationCommand appropriation(String unit, int year, String voucher, String amount) {
        return new ReceiveAppropriationCommand(new UnitCode(unit), new FiscalYear(year), voucher,
                LocalDate.of(year, 3, 1), "", Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan(amount));
    }

    private long eventCount(String unit, int year) {
        return events.readEvents(unit + "/" + year).asStream().count();
    }

    @Test
    void aNewYearCarriesTheClosedPreviousYearsClosingBalancesForward() {
        commands.sendAndWait(open("100001", 2023, List.of(new OpeningBalance(Fund.OTHER, ADMIN_OPERATION, yuan("6.12"))), false));
        commands.sendAndWait(appropriation("100001", 2023, "V-1", "1000"));
        commands.sendAndWait(new RecordExpenditureCommand(new UnitCode("100001"), new FiscalYear(2023), "E-1",
                LocalDate.of(2023, 5, 1), "", Fund.GENERAL_BUDGET, ADMIN_OPERATION, OFFICE, SpendingKind.BASIC_PUBLIC,
                "", null, Fen.ZERO, Fen.ZERO, yuan("400")));
        commands.sendAndWait(new CloseYearCommand(new UnitCode("100001"), new FiscalYear(2023), "CLOSE-2023",
                LocalDate.of(2023, 12, 31), ""));

        RecordingResult opened = commands.sendAndWait(open("100001", 2024, List.of(), true));

        assertThat(opened.recorded()).isEqualTo(1);
        YearOpenedEvent event = (YearOpenedEvent) events.readEvents("100001/2024").next().getPayload();
        assertThat(event.openingBalances()).containsExactly(
                new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("600")),
                new OpeningBalance(Fund.OTHER, ADMIN_OPERATION, yuan("6.12")));
    }

    @Test
    void carryingForwardNeedsAClosedPreviousYear() {
        assertThatThrownBy(() -> commands.sendAndWait(open("100002", 2024, List.of(), true)))
                .isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("year 2023 of unit 100002 was never opened");
        commands.sendAndWait(open("100002", 2023, List.of(), false));
        assertThatThrownBy(() -> commands.sendAndWait(open("100002", 2024, List.of(), true)))
                .isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("year 2023 of unit 100002 is not closed");
        assertThat(eventCount("100002", 2024)).isZero();
    }

    @Test
    void aRejectedJournalLeavesNothingInTheStoreOrInTheCachedAggregate() {
        commands.sendAndWait(open("100003", 2024, List.of(), false));
        LedgerKey key = LedgerKey.parse("100003/2024");
        RecordJournalCommand bad = new RecordJournalCommand(key, List.of(
                line(2, appropriation("100003", 2024, "V-1", "100")),
                line(3, appropriation("100003", 2024, "V-2", "0"))));

        assertThatThrownBy(() -> commands.sendAndWait(bad))
                .isInstanceOf(JournalRejectedException.class)
                .satisfies(e -> assertThat(((JournalRejectedException) e).problems())
                        .extracting(EntryProblem::line).containsExactly(3L));
        assertThat(eventCount("100003", 2024)).isEqualTo(1);

        // had the cache kept the rolled-back state, V-1 would now count as already recorded
        RecordingResult retried = commands.sendAndWait(appropriation("100003", 2024, "V-1", "100"));
        assertThat(retried.recorded()).isEqualTo(1);
        assertThat(eventCount("100003", 2024)).isEqualTo(2);
    }

    @Test
    void aRejectedJournalThatOpenedTheYearLeavesTheYearUnopened() {
        LedgerKey key = LedgerKey.parse("100004/2024");
        RecordJournalCommand bad = new RecordJournalCommand(key, List.of(
                line(2, open("100004", 2024, List.of(), false)),
                line(3, appropriation("100004", 2024, "V-1", "-1"))));

        assertThatThrownBy(() -> commands.sendAndWait(bad)).isInstanceOf(JournalRejectedException.class);

        assertThat(eventCount("100004", 2024)).isZero();
        assertThatThrownBy(() -> commands.sendAndWait(appropriation("100004", 2024, "V-1", "1")))
                .isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("year 2024 of unit 100004 is not open");
        RecordJournalCommand good = new RecordJournalCommand(key, List.of(
                line(2, open("100004", 2024, List.of(), false)),
                line(3, appropriation("100004", 2024, "V-1", "1"))));
        assertThat(commands.<RecordingResult>sendAndWait(good).recorded()).isEqualTo(2);
        assertThat(commands.<RecordingResult>sendAndWait(good)).isEqualTo(new RecordingResult(0, 2, List.of()));
    }

    @Test
    void aRegisteredCodeCanBePostedToAndKeepsItsName() {
        FunctionCode newItem = FunctionCode.of("2010350");
        assertThat(catalog.isRegistered(newItem)).isFalse();

        RecordingResult registered = commands.sendAndWait(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", "事业运行"));

        assertThat(registered.recorded()).isEqualTo(1);
        assertThat(catalog.nameOf(newItem)).contains("事业运行");
        assertThat(commands.<RecordingResult>sendAndWait(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", "事业运行"))
                .skippedAsDuplicate()).isEqualTo(1);
        assertThatThrownBy(() -> commands.sendAndWait(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", "别的名字")))
                .isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("already registered as '事业运行'");
        assertThatThrownBy(() -> commands.sendAndWait(new RegisterCodeCommand(CodeKind.FUNCTION, "2999901", "x")))
                .isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("register the parent code 29999 before 2999901");

        commands.sendAndWait(open("100005", 2024, List.of(), false));
        RecordingResult posted = commands.sendAndWait(new ReceiveAppropriationCommand(new UnitCode("100005"),
                new FiscalYear(2024), "V-1", LocalDate.of(2024, 2, 1), "", Fund.GENERAL_BUDGET, newItem, yuan("1")));
        assertThat(posted.recorded()).isEqualTo(1);
    }

    @Test
    void aBusyYearIsSnapshottedAndStillAnswersFromItsSnapshot() {
        commands.sendAndWait(open("100006", 2024, List.of(), false));
        for (int i = 1; i <= 12; i++) {
            commands.sendAndWait(appropriation("100006", 2024, "V-" + i, "1"));
        }
        Integer snapshots = jdbc.queryForObject(
                "SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Integer.class, "100006/2024");
        assertThat(snapshots).isPositive();

        ledgerCache.removeAll(); // the next command must load the year from its snapshot
        assertThat(commands.<RecordingResult>sendAndWait(appropriation("100006", 2024, "V-3", "1")))
                .isEqualTo(new RecordingResult(0, 1, List.of()));
        commands.sendAndWait(new ReverseEntryCommand(new UnitCode("100006"), new FiscalYear(2024), "R-1",
                LocalDate.of(2024, 6, 1), "", "V-2", "录错"));
        assertThatThrownBy(() -> commands.sendAndWait(new ReverseEntryCommand(new UnitCode("100006"),
                new FiscalYear(2024), "R-2", LocalDate.of(2024, 6, 1), "", "V-2", "再冲")))
                .hasMessageContaining("already reversed");
        commands.sendAndWait(new CloseYearCommand(new UnitCode("100006"), new FiscalYear(2024), "CLOSE",
                LocalDate.of(2024, 12, 31), ""));
        ledgerCache.removeAll();
        assertThat(((fiscalledger.ledger.api.event.YearClosedEvent) events.readEvents("100006/2024").asStream()
                .reduce((a, b) -> b).orElseThrow().getPayload()).closingBalances())
                .extracting(ClosingBalance::closing).containsExactly(yuan("11"));
    }

    @Test
    void whoRecordedAnEntryAndWhereItCameFromTravelWithItsEvent() {
        commands.sendAndWait(open("100007", 2024, List.of(), false));
        RecordJournalCommand journal = new RecordJournalCommand(LedgerKey.parse("100007/2024"),
                List.of(line(9, appropriation("100007", 2024, "V-1", "1"))));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(journal)
                .andMetaData(MetaData.with(LedgerMetadata.USER, "wang").and(LedgerMetadata.REASON, "import journal.csv")));

        DomainEventMessage<?> recorded = events.readEvents("100007/2024").asStream().skip(1).findFirst().orElseThrow();
        assertThat(recorded.getMetaData())
                .containsEntry(LedgerMetadata.USER, "wang")
                .containsEntry(LedgerMetadata.REASON, "import journal.csv")
                .containsEntry(LedgerMetadata.SOURCE, "journal.csv:9");
    }

    @Test
    void streamingProcessorsReadTheEventsAndKeepTheirTokenInTheStore() {
        commands.sendAndWait(open("100008", 2024, List.of(), false));
        commands.sendAndWait(appropriation("100008", 2024, "V-1", "1"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(probe.seen())
                .anySatisfy(e -> assertThat(e).isInstanceOf(fiscalledger.ledger.api.event.AppropriationReceivedEvent.class)
                        .extracting("voucher").isEqualTo("V-1")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM token_entry WHERE processor_name = 'ledger-it-probe' AND token IS NOT NULL",
                Integer.class)).isPositive());
    }
}
