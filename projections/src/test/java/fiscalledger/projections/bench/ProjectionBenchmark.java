package fiscalledger.projections.bench;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.event.*;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.replay.ReplayProgress;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.*;

/**
 * Measures the read side on one unit-year of 100,000 events in an H2 file database: time to render each public
 * table (target < 200 ms) and the full rebuild rate (target ≥ 50,000 events/s).
 * <p>
 * Run: {@code java -cp <test classpath> fiscalledger.projections.bench.ProjectionBenchmark [events] [segments] [batch]}
 */
public final class ProjectionBenchmark {
    private static final UnitCode UNIT = new UnitCode("900001");
    private static final FiscalYear YEAR = new FiscalYear(2024);
    private static final LedgerKey LEDGER = LedgerKey.of(UNIT, YEAR);
    private static final String[] PERSONNEL = {"30101", "30102", "30103", "30108", "30109", "30110", "30111", "30112",
            "30113", "30199", "30302", "30309"};
    private static final String[] PUBLIC = {"30201", "30202", "30204", "30207", "30211", "30213", "30215", "30216",
            "30217", "30226", "30227", "30228", "30229", "30231", "30239", "30299", "31002", "31007"};
    private static final String[] ITEMS = {"2010301", "2010302", "2010399", "2013299", "2050803", "2080501", "2080505",
            "2080506", "2100799", "2101101", "2101103"};

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int segments = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path dir = Files.createTempDirectory("fiscal-ledger-bench");
        System.out.printf("data dir %s, %d events, %d segments, batch %d, %d processors%n", dir, events, segments, batch,
                Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ProjectionsTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dir, "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "fiscal-ledger.projections.segments=" + segments,
                        "fiscal-ledger.projections.batch-size=" + batch)
                .run()) {
            EventStore store = ctx.getBean(EventStore.class);
            ProjectionReplay replay = ctx.getBean(ProjectionReplay.class);
            PublicTables tables = ctx.getBean(PublicTables.class);
            IdentityChecks checks = ctx.getBean(IdentityChecks.class);

            long t0 = System.nanoTime();
            List<LedgerEvent> year = generate(events);
            List<EventMessage<?>> batchOf = new ArrayList<>();
            long seq = 0;
            for (LedgerEvent e : year) {
                batchOf.add(new GenericDomainEventMessage<>("FiscalYearLedger", LEDGER.id(), seq++, e,
                        MetaData.with(LedgerMetadata.USER, "bench")));
                if (batchOf.size() == 2000) {
                    store.publish(batchOf);
                    batchOf = new ArrayList<>();
                }
            }
            store.publish(batchOf);
            long appended = System.nanoTime();
            System.out.printf("appended %d events in %.1f s%n", year.size(), seconds(t0, appended));
            waitUntilCaughtUp(replay, Duration.ofMinutes(10));
            long caughtUp = System.nanoTime();
            System.out.printf("incremental projection caught up %.1f s after the last append%n", seconds(appended, caughtUp));

            // wall-clock times depend on what else the machine runs; the CPU time of the rendering thread (the
            // embedded database works in the caller's thread) is what one uncontended core would need
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            System.out.println("render times (ms), 3 warm-up then 10 runs: wall median / wall max / CPU median");
            for (String id : tables.tableIds()) {
                for (int i = 0; i < 3; i++) {
                    tables.render(id, LEDGER, Cutoff.NONE);
                }
                long[] ms = new long[10];
                long[] cpu = new long[10];
                for (int i = 0; i < ms.length; i++) {
                    long s = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    tables.render(id, LEDGER, Cutoff.NONE);
                    cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
                    ms[i] = (System.nanoTime() - s) / 1_000_000;
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                System.out.printf("  %-9s %-24s %4d / %4d / %4d%s%n", id, tables.title(id), ms[ms.length / 2],
                        ms[ms.length - 1], cpu[cpu.length / 2], cpu[cpu.length / 2] < 200 ? "" : "   OVER 200 ms");
            }
            long[] asOf = new long[5];
            for (int i = 0; i < asOf.length; i++) {
                long s = System.nanoTime();
                tables.render("01", LEDGER, Cutoff.asOf(LocalDate.of(2024, 6, 30)));
                asOf[i] = (System.nanoTime() - s) / 1_000_000;
            }
            Arrays.sort(asOf);
            System.out.printf("  01 as of 2024-06-30: median %d ms, max %d ms%n", asOf[2], asOf[4]);
            long s = System.nanoTime();
            long breaks = checks.run(LEDGER, Cutoff.NONE).stream().filter(r -> !r.passed()).count();
            System.out.printf("identity checks: %d ms, %d breaks%n", (System.nanoTime() - s) / 1_000_000, breaks);

            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long r0 = System.nanoTime();
            ReplayProgress done = replay.replayAndWait(Duration.ofMinutes(10), p -> { });
            double rebuild = seconds(r0, System.nanoTime());
            double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("full rebuild: %d events in %.2f s wall = %.0f events/s; %.2f CPU-s of the whole process"
                            + " = %.0f events per CPU-second; load average %.1f on %d cores%n", done.total(), rebuild,
                    done.total() / rebuild, cpuSeconds, done.total() / cpuSeconds, os.getSystemLoadAverage(),
                    os.getAvailableProcessors());
        }
        // Axon's janitor thread is not a daemon; the measurement is over
        System.exit(0);
    }

    private static void waitUntilCaughtUp(ProjectionReplay replay, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!replay.progress().finished()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projection did not catch up: " + replay.progress());
            }
            Thread.sleep(50);
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** A plausible busy year: mostly expenditure, some income, budget lines, adjustments and reversals. */
    static List<LedgerEvent> generate(int total) {
        return generate(total, UNIT);
    }

    /** The same year of another unit. */
    static List<LedgerEvent> generate(int total, UnitCode unit) {
        Random rnd = new Random(42);
        List<LedgerEvent> e = new ArrayList<>(total);
        LocalDate jan2 = LocalDate.of(2024, 1, 2);
        List<OpeningBalance> opening = new ArrayList<>();
        for (String item : ITEMS) {
            opening.add(new OpeningBalance(Fund.GENERAL_BUDGET, FunctionCode.of(item), Fen.of(10_000_000)));
        }
        opening.add(new OpeningBalance(Fund.OTHER, FunctionCode.of("2010301"), Fen.of(612_000)));
        e.add(new YearOpenedEvent(unit, YEAR, "OPEN", jan2, "年初", "基准测试单位", "900", "基准测试部门",
                UnitType.ADMINISTRATIVE, opening));
        List<BudgetLine> projectLines = new ArrayList<>();
        for (int p = 0; p < 50; p++) {
            BudgetLine line = new BudgetLine(Fund.GENERAL_BUDGET, FunctionCode.of(p % 2 == 0 ? "2010302" : "2010399"),
                    SpendingKind.PROJECT, "项目" + p, null);
            projectLines.add(line);
            e.add(new InitialBudgetApprovedEvent(unit, YEAR, "B" + p, jan2, "年初预算", line, Fen.of(1_000_000_000L)));
        }
        for (int p = 0; p < 40; p++) {
            e.add(new BudgetAdjustedEvent(unit, YEAR, "ADJ" + p, LocalDate.of(2024, 10, 8), "调剂", AdjustmentType.TRANSFER,
                    projectLines.get(p), projectLines.get(p + 1), Fen.of(1_000_000), "文" + p));
        }
        int performance = 50;
        int reversals = total / 100;
        int incomes = total / 40;
        int expenses = total - e.size() - performance - reversals - incomes - 1;
        for (int i = 0; i < incomes; i++) {
            LocalDate d = day(rnd);
            FunctionCode f = FunctionCode.of(ITEMS[rnd.nextInt(ITEMS.length)]);
            e.add(i % 10 == 9
                    ? new OtherIncomeReceivedEvent(unit, YEAR, "I" + i, d, "其他收入", Fund.OTHER, f, Fen.of(1 + rnd.nextInt(100_000)))
                    : new AppropriationReceivedEvent(unit, YEAR, "I" + i, d, "拨款", Fund.GENERAL_BUDGET, f,
                    Fen.of(1_000_000 + rnd.nextInt(100_000_000))));
        }
        for (int i = 0; i < expenses; i++) {
            LocalDate d = day(rnd);
            int kind = rnd.nextInt(10);
            FunctionCode f = FunctionCode.of(ITEMS[rnd.nextInt(ITEMS.length)]);
            Fen amount = Fen.of(100 + rnd.nextInt(5_000_000));
            if (kind < 3) {
                e.add(new ExpenditureRecordedEvent(unit, YEAR, "E" + i, d, "工资", Fund.GENERAL_BUDGET, f,
                        EconomicCode.of(PERSONNEL[rnd.nextInt(PERSONNEL.length)]), SpendingKind.BASIC_PERSONNEL, "",
                        null, Fen.ZERO, Fen.ZERO, amount));
            } else if (kind < 6) {
                e.add(new ExpenditureRecordedEvent(unit, YEAR, "E" + i, d, "公用", i % 50 == 0 ? Fund.OTHER : Fund.GENERAL_BUDGET, f,
                        EconomicCode.of(PUBLIC[rnd.nextInt(PUBLIC.length)]), SpendingKind.BASIC_PUBLIC, "",
                        null, Fen.ZERO, Fen.ZERO, amount));
            } else {
                BudgetLine line = projectLines.get(rnd.nextInt(projectLines.size()));
                boolean procured = rnd.nextBoolean();
                e.add(new ExpenditureRecordedEvent(unit, YEAR, "E" + i, d, "项目", line.fund(), line.function(),
                        EconomicCode.of(PUBLIC[rnd.nextInt(PUBLIC.length)]), SpendingKind.PROJECT, line.project(),
                        procured ? ProcurementCategory.values()[rnd.nextInt(3)] : null,
                        procured ? Fen.of(amount.value() / 2) : Fen.ZERO, procured ? Fen.of(amount.value() / 4) : Fen.ZERO,
                        amount));
            }
        }
        for (int i = 0; i < reversals; i++) {
            e.add(new EntryReversedEvent(unit, YEAR, "R" + i, LocalDate.of(2024, 12, 20), "冲销", "E" + (i * 7), "错误"));
        }
        for (int p = 0; p < performance; p++) {
            e.add(new PerformanceEvaluatedEvent(unit, YEAR, "P" + p, LocalDate.of(2024, 12, 31), "绩效", "项目" + p,
                    Fen.of(1_000_000_000L), List.of(new IndicatorScore("产出指标", "数量指标", "指标", BigDecimal.valueOf(90),
                    BigDecimal.valueOf(80 + rnd.nextInt(10))))));
        }
        e.add(new AssetFactsRecordedEvent(unit, YEAR, "AS", LocalDate.of(2024, 12, 31), "资产",
                Map.of(VehicleUse.PRINCIPAL, 1, VehicleUse.EMERGENCY, 1), 0));
        return e;
    }

    private static LocalDate day(Random rnd) {
        return LocalDate.of(2024, 1, 3).plusDays(rnd.nextInt(350));
    }
}
