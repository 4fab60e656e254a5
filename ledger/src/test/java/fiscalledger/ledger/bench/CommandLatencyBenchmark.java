package fiscalledger.ledger.bench;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long one command takes on a busy unit-year: fills 229001/2024 with 100,000 events on an H2 file store in a
 * temporary directory (in journals of 5,000 entries, as an import would), then times single expenditure commands,
 * each one its own transaction, and a few cold loads (aggregate cache emptied, so the year comes from its snapshot).
 * Target: median below 20 ms.
 * <pre>
 * mvn -o -q -B -pl ledger test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
 *     -Dmdep.includeScope=test
 * java -cp ledger/target/test-classes:ledger/target/classes:$(cat ledger/target/bench.classpath) \
 *     fiscalledger.ledger.bench.CommandLatencyBenchmark
 * </pre>
 * Optional arguments: events to fill (100000), commands to time (1000).
 */
public final class CommandLatencyBenchmark {

    private static final UnitCode UNIT = new UnitCode("229001");
    private static final FiscalYear YEAR = new FiscalYear(2024);
    private static final LedgerKey LEDGER = LedgerKey.of(UNIT, YEAR);
    private static final int JOURNAL_SIZE = 5_000;
    private static final int WARM_UP = 200;
    private static final int COLD_LOADS = 5;
    private static final List<FunctionCode> FUNCTIONS = List.of(FunctionCode.of("2010301"), FunctionCode.of("2010302"),
            FunctionCode.of("2010399"), FunctionCode.of("2050803"));
    private static final List<EconomicCode> ECONOMICS = List.of(EconomicCode.of("30201"), EconomicCode.of("30202"),
            EconomicCode.of("30211"), EconomicCode.of("30227"), EconomicCode.of("30229"), EconomicCode.of("31002"));

    private CommandLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path dataDir = Files.createTempDirectory("ledger-bench");
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "disable-axoniq-console-message=true")
                .run()) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            long fillStart = System.nanoTime();
            fill(commands, events);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            long stored = count(jdbc, "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?");
            long snapshots = count(jdbc, "SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?");
            Long snapshotBytes = jdbc.queryForObject("SELECT MAX(OCTET_LENGTH(payload)) FROM snapshot_event_entry"
                    + " WHERE aggregate_identifier = ?", Long.class, LEDGER.id());

            for (int i = 0; i < WARM_UP; i++) {
                commands.sendAndWait(expense("W-" + i, i));
            }
            long[] latencies = new long[timed];
            for (int i = 0; i < timed; i++) {
                RecordExpenditureCommand command = expense("T-" + i, i);
                long start = System.nanoTime();
                RecordingResult result = commands.sendAndWait(command);
                latencies[i] = System.nanoTime() - start;
                if (result.recorded() != 1) {
                    throw new IllegalStateException("command " + i + " was not recorded: " + result);
                }
            }

            Cache cache = context.getBean("ledgerCache", Cache.class);
            long[] cold = new long[COLD_LOADS];
            for (int i = 0; i < COLD_LOADS; i++) {
                cache.removeAll();
                long start = System.nanoTime();
                commands.sendAndWait(expense("C-" + i, i));
                cold[i] = System.nanoTime() - start;
            }

            System.out.printf(Locale.ROOT, "%nfiscal-ledger command latency (H2 file store in %s)%n", dataDir);
            System.out.printf(Locale.ROOT, "  filled %s with %,d events in %.1f s (%,.0f events/s, journals of %,d)%n",
                    LEDGER, stored, fillSeconds, stored / fillSeconds, JOURNAL_SIZE);
            System.out.printf(Locale.ROOT, "  snapshot kept: %d row(s), %,d bytes%n", snapshots,
                    snapshotBytes == null ? 0 : snapshotBytes);
            System.out.printf(Locale.ROOT, "  %,d single expenditure commands (after %d warm-up): median %.2f ms,"
                    + " p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", timed, WARM_UP, percentile(latencies, 50),
                    percentile(latencies, 90), percentile(latencies, 99), percentile(latencies, 100));
            System.out.printf(Locale.ROOT, "  cold command (cache emptied, year loaded from its snapshot): median"
                    + " %.1f ms, max %.1f ms over %d%n", percentile(cold, 50), percentile(cold, 100), COLD_LOADS);
            System.out.printf(Locale.ROOT, "  target median < 20 ms: %s%n",
                    percentile(latencies, 50) < 20 ? "met" : "NOT met");
        }
        System.exit(0); // Axon's scheduler threads would keep the JVM alive after the context closed
    }

    private static void fill(CommandGateway commands, int events) {
        commands.sendAndWait(new OpenYearCommand(UNIT, YEAR, "OPEN-2024", LocalDate.of(2024, 1, 1), "", "基准单位",
                "229", "", UnitType.ADMINISTRATIVE,
                List.of(new OpeningBalance(Fund.GENERAL_BUDGET, FUNCTIONS.get(0), Fen.parseYuan("2831100"))), false));
        List<JournalEntry> journal = new ArrayList<>();
        int lineNumber = 0;
        for (FunctionCode function : FUNCTIONS) {
            for (EconomicCode economic : ECONOMICS) {
                BudgetLine line = new BudgetLine(Fund.GENERAL_BUDGET, function, SpendingKind.PROJECT, "项目" + function,
                        economic);
                journal.add(new JournalEntry("bench", ++lineNumber, new ApproveInitialBudgetCommand(UNIT, YEAR,
                        "B-" + lineNumber, LocalDate.of(2024, 1, 2), "", line, Fen.parseYuan("100000000"))));
            }
        }
        for (int i = journal.size() + 1; i < events; i++) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(i % 365);
            LedgerCommand command = i % 10 == 0
                    ? new ReceiveAppropriationCommand(UNIT, YEAR, "F-" + i, date, "拨款", Fund.GENERAL_BUDGET,
                    FUNCTIONS.get(i % FUNCTIONS.size()), Fen.of(1_000_00L + i))
                    : expense("F-" + i, i);
            journal.add(new JournalEntry("bench", ++lineNumber, command));
            if (journal.size() == JOURNAL_SIZE) {
                commands.sendAndWait(new RecordJournalCommand(LEDGER, journal));
                journal = new ArrayList<>();
            }
        }
        if (!journal.isEmpty()) {
            commands.sendAndWait(new RecordJournalCommand(LEDGER, journal));
        }
    }

    private static RecordExpenditureCommand expense(String voucher, int i) {
        FunctionCode function = FUNCTIONS.get(i % FUNCTIONS.size());
        EconomicCode economic = ECONOMICS.get(i % ECONOMICS.size());
        boolean procured = i % 3 == 0;
        return new RecordExpenditureCommand(UNIT, YEAR, voucher, LocalDate.of(2024, 1, 1).plusDays(i % 365), "支出",
                Fund.GENERAL_BUDGET, function, economic, SpendingKind.PROJECT, "项目" + function,
                procured ? ProcurementCategory.SERVICES : null, procured ? Fen.of(50_00) : Fen.ZERO,
                procured ? Fen.of(20_00) : Fen.ZERO, Fen.of(100_00L + i % 997));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class, LEDGER.id());
        return n == null ? 0 : n;
    }

    /** Milliseconds at the given percentile (nearest rank). */
    private static double percentile(long[] nanos, double percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
