package fiscalledger.ledger.reliability;

import fiscalledger.ledger.api.AdjustmentType;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.command.AdjustBudgetCommand;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.api.event.LedgerEvent;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static fiscalledger.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Spring contexts — two ledgers, each with its own aggregate cache — record into the same unit-year of one
 * database at once, as two shell sessions on a shared store would. The event store's unique key on
 * (aggregate, sequence) lets only one append win each race; the loser is retried against the fresh year, so no
 * update is lost, no voucher is recorded twice, and the year's rules still hold across both.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSessionsTest {

    /** Static: with one instance per class, JUnit injects an instance @TempDir only after @BeforeAll has run. */
    @TempDir
    static Path dataDir;

    private static final AtomicInteger UNITS = new AtomicInteger(229100);
    /** Each test races in a unit-year of its own, so the two contexts are started once for the class. */
    private LedgerKey ledger;

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    private ConfigurableApplicationContext start(String user) {
        return new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off",
                        "fiscal-ledger.user=" + user, "logging.level.root=WARN", "logging.level.fiscalledger.ledger.access=INFO")
                .run();
    }

    @BeforeAll
    void twoLedgersOnOneStore() {
        first = start("alice");
        second = start("bob");
    }

    @org.junit.jupiter.api.BeforeEach
    void aFreshYearCachedInBothSessions() {
        ledger = LedgerKey.of(new UnitCode(String.valueOf(UNITS.incrementAndGet())), YEAR);
        gateway(first).sendAndWait(new OpenYearCommand(ledger.unit(), YEAR, "OPEN-2024", JAN_2, "2024年初", "测试单位",
                "229", "测试主管部门", UnitType.ADMINISTRATIVE, List.of(), false));
        // both caches hold the year before the race starts: the stale-cache case, not just the cold one
        gateway(first).sendAndWait(appropriation("WARM-A", "1.00"));
        gateway(second).sendAndWait(appropriation("WARM-B", "1.00"));
    }

    @AfterAll
    void close() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void everyVoucherSentByBothSessionsAtOnceIsRecordedExactlyOnce() throws Exception {
        int vouchers = 60;
        List<Future<RecordingResult>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (ConfigurableApplicationContext context : List.of(first, second)) {
                for (int half = 0; half < 2; half++) {
                    int start = half;
                    CommandGateway gateway = gateway(context);
                    results.add(pool.submit(() -> {
                        RecordingResult total = RecordingResult.NOTHING;
                        for (int i = start; i < vouchers; i += 2) {
                            total = total.plus(gateway.sendAndWait(appropriation("V-" + i, "10.00")));
                        }
                        return total;
                    }));
                }
            }
            RecordingResult total = RecordingResult.NOTHING;
            for (Future<RecordingResult> r : results) {
                total = total.plus(r.get(90, TimeUnit.SECONDS));
            }
            assertThat(total.recorded()).isEqualTo(vouchers);
            assertThat(total.skippedAsDuplicate()).isEqualTo(vouchers);
        } finally {
            pool.shutdownNow();
        }
        List<String> recorded = vouchersInStore();
        assertThat(recorded).doesNotHaveDuplicates();
        assertThat(recorded).containsAll(IntStream.range(0, vouchers).mapToObj(i -> "V-" + i).toList());
        assertThat(recorded).hasSize(vouchers + 3);
    }

    @Test
    void twoAdjustmentsRacingForTheSameBudgetCannotMoveMoreThanTheLineHolds() throws Exception {
        gateway(first).sendAndWait(new ApproveInitialBudgetCommand(ledger.unit(), YEAR, "B-1", JAN_2, "年初预算",
                PRINTING_LINE, yuan("100.00")));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<String>> racers = new ArrayList<>();
        for (ConfigurableApplicationContext context : List.of(first, second)) {
            String voucher = context == first ? "ADJ-A" : "ADJ-B";
            racers.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    gateway(context).sendAndWait(new AdjustBudgetCommand(ledger.unit(), YEAR, voucher, MAR_1, "调剂",
                            AdjustmentType.TRANSFER, PRINTING_LINE, OFFICE_LINE, yuan("60.00"), "晋财预〔2024〕1号"));
                    return "recorded";
                } catch (LedgerRuleException e) {
                    return e.getMessage();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(racers, 60, TimeUnit.SECONDS)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).filteredOn("recorded"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("recorded")).singleElement().asString()
                .contains("holds 40.00", "cannot give 60.00");
        assertThat(vouchersInStore()).containsOnlyOnce("B-1").hasSize(4 + 1);
    }

    @Test
    void journalsImportedIntoTheSameYearAtOnceByTwoSessionsRecordEachVoucherOnce() throws Exception {
        // the same file imported in both sessions at the same moment, plus a file of its own in each
        List<JournalEntry> shared = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            shared.add(line(i + 2, appropriation("J-" + i, "3.00")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger recorded = new AtomicInteger();
        try {
            List<Callable<Void>> imports = new ArrayList<>();
            for (ConfigurableApplicationContext context : List.of(first, second)) {
                String own = context == first ? "A-" : "B-";
                imports.add(() -> {
                    recorded.addAndGet(gateway(context).<RecordingResult>sendAndWait(
                            new RecordJournalCommand(ledger, shared)).recorded());
                    return null;
                });
                imports.add(() -> {
                    List<JournalEntry> entries = new ArrayList<>();
                    for (int i = 0; i < 40; i++) {
                        entries.add(line(i + 2, officeExpense(own + i, "1.00")));
                    }
                    recorded.addAndGet(gateway(context).<RecordingResult>sendAndWait(
                            new RecordJournalCommand(ledger, entries)).recorded());
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(imports, 90, TimeUnit.SECONDS)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(recorded.get()).isEqualTo(100 + 2 * 40);
        List<String> vouchers = vouchersInStore();
        assertThat(vouchers).doesNotHaveDuplicates().hasSize(100 + 2 * 40 + 3);
    }

    @Test
    void everyEventNamesTheUserWhoseSessionRecordedIt() {
        List<String> users = Collections.synchronizedList(new ArrayList<>());
        eventStore().readEvents(ledger.id()).asStream()
                .forEach(e -> users.add(((LedgerEvent) e.getPayload()).voucher() + "=" + e.getMetaData().get(LedgerMetadata.USER)));
        assertThat(users).containsExactly("OPEN-2024=alice", "WARM-A=alice", "WARM-B=bob");
    }

    private ReceiveAppropriationCommand appropriation(String voucher, String amount) {
        return new ReceiveAppropriationCommand(ledger.unit(), YEAR, voucher, MAR_1, "拨款", Fund.GENERAL_BUDGET,
                ADMIN_OPERATION, yuan(amount));
    }

    private RecordExpenditureCommand officeExpense(String voucher, String amount) {
        return new RecordExpenditureCommand(ledger.unit(), YEAR, voucher, MAR_1, "办公用品", Fund.GENERAL_BUDGET,
                ADMIN_OPERATION, OFFICE, SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan(amount));
    }

    private List<String> vouchersInStore() {
        return eventStore().readEvents(ledger.id()).asStream()
                .map(DomainEventMessage::getPayload).map(p -> ((LedgerEvent) p).voucher()).toList();
    }

    private EventStore eventStore() {
        return first.getBean(EventStore.class);
    }

    private static CommandGateway gateway(ConfigurableApplicationContext context) {
        return context.getBean(CommandGateway.class);
    }
}
