package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Measures journal import speed: generates a realistic one-unit-year journal (default 100,000 lines, see
 * {@link BenchmarkJournal}), writes it as a Chinese-header CSV, and imports it into an empty H2 file store in a fresh
 * temporary data directory through the real Spring/Axon stack. Prints lines per second for reading alone, for the
 * first import, and for importing the same file again (everything skipped). Target: at least 10,000 lines/s.
 * <p>
 * Run (README "Import speed"): {@code java -cp … fiscalledger.ledger.journal.ImportBenchmark [lines] [data-dir]}.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path dataDir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("fiscal-ledger-bench");
        if (Files.exists(dataDir.resolve("ledger.mv.db"))) {
            throw new IllegalArgumentException(dataDir + " already holds a ledger; the benchmark needs an empty store");
        }
        Path file = dataDir.resolve("benchmark-journal.csv");
        generate(lines, file);
        readOnce(file);

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run()) {
            JournalImporter importer = context.getBean(JournalImporter.class);
            int[] lastDecile = {-1};
            ImportOptions options = new ImportOptions("benchmark", (done, total) -> {
                int decile = total == 0 ? 10 : done * 10 / total;
                if (decile != lastDecile[0]) {
                    lastDecile[0] = decile;
                    System.out.printf("  %3d%%%n", decile * 10);
                }
            });

            long cpu = cpuNanos();
            long processCpu = processCpuNanos();
            long gcCount = gcCount();
            Map<String, Long> threadTicks = ThreadTicks.now();
            long allocated = allocatedBytes();
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            ImportReport first = importer.importFile(file, options);
            long allocatedByImport = allocatedBytes() - allocated;
            // the JVM's uptime is the clock of -XX:+LogCompilation and -Xlog, to find the import's part in their logs
            System.out.printf("            import from JVM uptime %.3f s to %.3f s%n", uptime / 1e3,
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
            ThreadTicks.printBusiest(threadTicks, ThreadTicks.now());
            print("import:", first, cpuNanos() - cpu);
            System.out.printf("            whole process CPU %.2f s (other threads: %.2f s; GC, compiler, H2), %d collections%n",
                    (processCpuNanos() - processCpu) / 1e9, ((processCpuNanos() - processCpu) - (cpuNanos() - cpu)) / 1e9,
                    gcCount() - gcCount);
            System.out.printf("            the importing thread allocated %,d MB%n", allocatedByImport / (1024 * 1024));
            lastDecile[0] = -1;
            cpu = cpuNanos();
            ImportReport again = importer.importFile(file, options);
            print("re-import:", again, cpuNanos() - cpu);
            boolean met = first.succeeded() && first.linesPerSecond() >= 10_000;
            System.out.printf("target 10,000 lines/s for the first import: %s%n", met ? "met" : "NOT met");
        }
        // Axon may leave a non-daemon worker behind; a benchmark must end when it has measured
        System.exit(0);
    }

    /**
     * Writes the journal. In a method of its own, like {@link #readOnce}, so that the generated commands are garbage
     * before the import starts: a user's import does not hold two more copies of the journal in memory, and every
     * young collection during the import would have had them to trace.
     */
    private static void generate(int lines, Path file) throws IOException {
        long t0 = System.nanoTime();
        List<LedgerCommand> commands = BenchmarkJournal.generate(lines);
        new JournalWriter(HeaderLanguage.CHINESE).write(file, List.of(), commands);
        System.out.printf("generated %s: %,d bytes, %,d entries in %.1f s%n", file, Files.size(file), commands.size(),
                seconds(t0));
    }

    /** Reads the file once before the import, so that the reading code the import runs first is compiled. */
    private static void readOnce(Path file) throws IOException {
        long t1 = System.nanoTime();
        Journal journal = new JournalReader().read(file);
        double readSeconds = seconds(t1);
        System.out.printf("read:       %,d lines in %.2f s = %,.0f lines/s (%d problems)%n", journal.linesRead(),
                readSeconds, journal.linesRead() / readSeconds, journal.problems().size());
    }

    /**
     * CPU time of the importing thread (H2 is embedded, so the database work is on it too): on a shared machine the
     * wall-clock figure depends on the other processes, this one much less.
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of every thread of the process: beside the import's own, the collector's and the compiler's. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Bytes the importing thread allocated: what the collector has to deal with, independent of the machine's load. */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }

    private static void print(String what, ImportReport report, long cpuNanos) {
        System.out.printf("%-11s %,d lines, %,d entries: %,d recorded, %,d skipped, %,d events in %.2f s = %,.0f lines/s"
                        + " (thread CPU %.2f s = %,.0f lines/s)%n",
                what, report.linesRead(), report.entries(), report.recorded(), report.skipped(), report.eventsRecorded(),
                report.elapsed().toNanos() / 1e9, report.linesPerSecond(), cpuNanos / 1e9, report.linesRead() / (cpuNanos / 1e9));
        System.out.printf("            events by type %s; %,d warnings%n", report.eventsByType(), report.warnings().size());
        report.warnings().stream().limit(3).forEach(w -> System.out.println("            warning " + w));
        if (!report.succeeded()) {
            System.out.printf("            REJECTED with %,d problems, e.g.:%n", report.problems().size());
            report.problems().stream().limit(10).map(EntryProblem::toString).forEach(p -> System.out.println("            " + p));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
