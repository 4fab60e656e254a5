package fiscalledger.projections.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.journal.BenchmarkJournals;
import fiscalledger.ledger.journal.HeaderLanguage;
import fiscalledger.ledger.journal.ImportReport;
import fiscalledger.ledger.journal.JournalWriter;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.LedgerDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import fiscalledger.projections.table.TableView;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Measures the auditors' reads on one busy unit-year (default 100,000 journal lines, the ledger's benchmark journal)
 * in an H2 file store through the real Spring/Axon stack: {@code as-of DATE show 01} and {@code as-of #SEQ show 01}
 * (target &lt; 1 s), {@code check} live and as of a date, a trace of the largest cells (target &lt; 500 ms), as-of
 * SQL, and the replay rate of the whole store. On a store an earlier run filled, {@code --traces} or {@code --check}
 * times only those; {@code --resolve} (filling the store first if it is new) times what every shell command asks to
 * resolve its unit-year ({@code LedgerDirectory}), then the checks. Each read is run 7 times after a warm-up; the median and the worst are printed.
 * <p>
 * Run (README "Audit benchmark"):
 * {@code mvn -o -q -B -pl projections -am test-compile} then
 * {@code java -cp "$(cat projections/target/cp.txt):projections/target/classes:projections/target/test-classes:ledger/target/classes:ledger/target/test-classes" fiscalledger.projections.audit.AuditBenchmark [lines]}.
 */
public final class AuditBenchmark {
    private static final int RUNS = 7;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws IOException, TimeoutException {
        int lines = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        // a second argument names a data directory: filled on the first run, reused (no import) on later ones
        Path dataDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("fiscal-ledger-audit-bench");
        boolean reuse = Files.exists(dataDir.resolve("ledger.mv.db"));
        Path file = dataDir.resolve("benchmark-journal.csv");
        List<LedgerCommand> commands = BenchmarkJournals.generate(lines);
        LedgerKey ledger = commands.get(0).ledger();
        try (LiveLedger live = new LiveLedger(dataDir)) {
            long t0 = System.nanoTime();
            if (reuse && args.length > 2 && args[2].equals("--traces")) {
                // a store this benchmark filled before, not rebuilt: only the traces are timed
                live.awaitReadModels(Duration.ofMinutes(30));
                traces(live, ledger, new int[]{0});
                return;
            }
            if (args.length > 2 && args[2].equals("--resolve")) {
                // what every shell command that names (or defaults) a unit-year asks first, and a live check
                if (!reuse) {
                    new JournalWriter(HeaderLanguage.CHINESE).write(file, List.of(), commands);
                    live.importFile(file, Duration.ofMinutes(30));
                }
                live.awaitReadModels(Duration.ofMinutes(30));
                LedgerDirectory directory = live.bean(LedgerDirectory.class);
                JdbcTemplate jdbc = live.context.getBean("projectionsJdbcTemplate", JdbcTemplate.class);
                // H2 hands back the last result of an unchanged query over unchanged tables: each run first rewrites
                // the ledgers' rows as they are, as a shell session's imports and year closes would change them
                Runnable touch = () -> jdbc.update("UPDATE ledgers SET unit_name = unit_name");
                measureMicros("resolve: every unit-year (LedgerDirectory.ledgers)", touch, directory::ledgers);
                measureMicros("resolve: the default unit-year", touch, directory::defaultLedger);
                measureMicros("resolve: one unit-year (LedgerDirectory.find)", touch, () -> directory.find(ledger));
                checks(live, ledger, new int[]{0});
                return;
            }
            if (reuse && args.length > 2 && args[2].equals("--check")) {
                live.awaitReadModels(Duration.ofMinutes(30));
                checks(live, ledger, new int[]{0});
                return;
            }
            if (reuse) {
                // a store left by an earlier run may have been stopped mid-replay: rebuild first, and time it
                live.awaitReadModels(Duration.ofMinutes(30));
                replay(live);
            } else {
                new JournalWriter(HeaderLanguage.CHINESE).write(file, List.of(), commands);
                ImportReport report = live.importFile(file, Duration.ofMinutes(30));
                System.out.printf("imported %,d lines in %.1f s; read models up to date after %.1f s%n",
                        report.linesRead(), report.elapsed().toNanos() / 1e9, (System.nanoTime() - t0) / 1e9);
            }
            long events = live.audit.events().count();
            System.out.printf("store: %,d events; postings: %s%n", events, live.audit.sql(
                    "SELECT COUNT(*) FROM postings", 1, Cutoff.NONE).rows().get(0).get(0));

            long head = live.audit.events().head();
            LocalDate midYear = LocalDate.of(ledger.year().value(), 6, 30);
            // each run asks for another cut-off, so that no run can reuse the database's result of the one before
            int[] day = {0};
            measure("as-of DATE show 01 (Jun 2024, a day apart)", 1000,
                    () -> live.audit.table("01", ledger, Cutoff.asOf(midYear.minusDays(day[0]++))));
            long[] seq = {head / 2};
            measure("as-of #SEQ show 01 (#" + head / 2 + " …, 97 apart)", 1000,
                    () -> live.audit.table("01", ledger, Cutoff.throughSequence(seq[0] -= 97)));
            measure("as-of DATE show 03 (Sep 2024, a day apart)", 1000,
                    () -> live.audit.table("03", ledger, Cutoff.asOf(LocalDate.of(2024, 9, 30).minusDays(day[0]++))));
            checks(live, ledger, day);
            traces(live, ledger, day);
            measure("as-of DATE sql (SUM by fund, a day apart)", 1000, () -> live.audit.sql(
                    "SELECT fund, SUM(amount_fen) FROM postings GROUP BY fund", 100,
                    Cutoff.asOf(midYear.minusDays(day[0]++))));

            if (!reuse) {
                replay(live);
            }
        }
    }

    /**
     * `check` live (every identity, and the read models compared with the event store) and as of a date (the
     * identities only: the event store has no cut-off to compare with).
     */
    private static void checks(LiveLedger live, LedgerKey ledger, int[] day) {
        measure("check (live: read models = events, all identities)", 1000, () -> live.audit.check(ledger, Cutoff.NONE));
        measure("as-of DATE check (all identities)", 1000,
                () -> live.audit.check(ledger, Cutoff.asOf(LocalDate.of(2024, 10, 31).minusDays(day[0]++))));
    }

    /**
     * Traces as the shell runs them: the default (the cell's count, Σ and breakdowns from the database and the first
     * page of 50 postings), the same as of a date (each run another date, so that the database cannot reuse a
     * result: the cost of a first trace), every posting listed in memory, and every posting streamed as CSV text
     * (the export `trace … --format csv` writes).
     */
    private static void traces(LiveLedger live, LedgerKey ledger, int[] day) {
        CellTracer tracer = live.audit.tracer();
        TableView t01 = live.audit.table("01", ledger, Cutoff.NONE);
        String biggest = t01.rows().stream().filter(r -> !r.code().isEmpty())
                .max((a, b) -> amount(a.cell("金额")).compareTo(amount(b.cell("金额")))).orElseThrow().key();
        LocalDate yearEnd = LocalDate.of(ledger.year().value(), 12, 31);
        for (String row : List.of(biggest, "58", "60", "8")) {
            long count = tracer.trace("01", ledger, Cutoff.NONE, row, null, false, 0).count();
            String what = "trace 01 " + row + " (" + String.format("%,d", count) + " postings)";
            measure(what + " first 50", 500, () -> tracer.trace("01", ledger, Cutoff.NONE, row, null, false, 50));
            measure(what + " as of a date, first 50", 500, () -> tracer.trace("01", ledger,
                    Cutoff.asOf(yearEnd.minusDays(day[0]++)), row, null, false, 50));
        }
        measure("trace 01 " + biggest + " --by-child", 500, () -> tracer.trace("01", ledger, Cutoff.NONE, biggest,
                null, true, 50));
        measure("trace 06 公用经费合计 first 50", 500, () -> tracer.trace("06", ledger, Cutoff.NONE, "公用经费合计",
                null, false, 50));
        measure("trace 09 合计 决算数 first 50", 500, () -> tracer.trace("09", ledger, Cutoff.NONE, "合计",
                "决算数", false, 50));
        measure("trace 10 5 (机关运行经费) first 50", 500, () -> tracer.trace("10", ledger, Cutoff.NONE, "5",
                null, false, 50));
        measure("trace 10 7 (vehicles, asset facts)", 500, () -> tracer.traceCell("10", ledger, Cutoff.NONE, "7",
                null, false, 50));
        String project = live.audit.table("perf", ledger, Cutoff.NONE).rows().get(0).key();
        measure("trace perf <project> 全年预算数", 500, () -> tracer.trace("perf", ledger, Cutoff.NONE, project,
                "全年预算数", false, 50));
        measure("trace 01 " + biggest + " --all (listed in memory)", 0, () -> tracer.trace("01", ledger,
                Cutoff.NONE, biggest, null, false));
        measure("trace 01 " + biggest + " --format csv (streamed)", 0, () -> {
            long[] chars = {0};
            StringBuilder line = new StringBuilder();
            tracer.stream("01", ledger, Cutoff.NONE, biggest, null, t -> {
                PostingLine p = t.posting();
                line.setLength(0);
                line.append(p.sequence()).append(',').append(p.voucher()).append(',').append(p.businessDate())
                        .append(',').append(p.memo()).append(',').append(t.contribution().toYuan().toPlainString())
                        .append(',').append(p.fund().label()).append(',').append(p.function().value()).append(',')
                        .append(p.economic()).append(',').append(p.project()).append(',').append(p.recordedBy());
                chars[0] += line.length();
            });
            return chars[0];
        });
    }

    private static void replay(LiveLedger live) throws TimeoutException {
        long events = live.audit.events().count();
        long r0 = System.nanoTime();
        live.audit.replay().replayAndWait(Duration.ofMinutes(30), p -> { });
        double seconds = (System.nanoTime() - r0) / 1e9;
        System.out.printf("replay: %,d events in %.1f s = %,.0f events/s (wall clock)%n", events, seconds, events / seconds);
    }

    private static java.math.BigDecimal amount(fiscalledger.projections.table.Cell c) {
        return c instanceof fiscalledger.projections.table.Cell.Money m ? m.amount().toYuan() : java.math.BigDecimal.ZERO;
    }

    /** As {@link #measure} for reads of well under a millisecond, 21 runs, each after {@code before} (not timed). */
    private static void measureMicros(String what, Runnable before, Supplier<?> read) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            before.run();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            read.get();
            if (i >= 3) {
                wall.add((System.nanoTime() - t) / 1_000);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000);
            }
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-52s wall median %6d µs, worst %6d µs | cpu median %6d µs, worst %6d µs%n",
                what, wall.get(wall.size() / 2), wall.get(wall.size() - 1), cpu.get(cpu.size() / 2),
                cpu.get(cpu.size() - 1));
    }

    /**
     * Wall-clock and CPU time of the calling thread: the embedded database runs each query in the caller's thread, so
     * the CPU time is the work a read costs, whatever else the machine is doing; the wall clock is what a user waits.
     */
    private static void measure(String what, long targetMs, Supplier<?> read) {
        read.get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            read.get();
            wall.add((System.nanoTime() - t) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000_000);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-52s wall median %5d ms, worst %5d ms | cpu median %5d ms, worst %5d ms%s%n",
                what, wall.get(RUNS / 2), wall.get(RUNS - 1), cpu.get(RUNS / 2), cpu.get(RUNS - 1),
                targetMs <= 0 ? " (no target)" : " (target < " + targetMs + " ms: "
                        + (cpu.get(RUNS - 1) < targetMs ? "met in cpu time" : "NOT met") + ")");
    }
}
