package fiscalledger.projections.bench;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.event.LedgerEvent;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.replay.ReplayProgress;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The full rebuild alone, repeated, on a data directory filled once with {@link ProjectionBenchmark}'s year: lets a
 * change to the rebuild path be measured in seconds rather than the minutes the append takes. Prints the wall time,
 * the process CPU time and the CPU time of each thread group of every rebuild (on a shared machine the CPU figures
 * are the comparable ones).
 * <p>
 * Run: {@code java -cp <test classpath> fiscalledger.projections.bench.RebuildBenchmark <data dir> [events]
 * [segments|default] [batch] [rebuilds] [units]}; the directory is filled on first use (with the events split over
 * {@code units} unit-years) and reused afterwards.
 */
public final class RebuildBenchmark {

    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        // "default": the product's own segment count (ProjectionSegments: one on H2)
        String segments = args.length > 2 ? args[2] : "default";
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int rebuilds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        // the events split over this many unit-years (aggregates), their chunks interleaved as several units record
        int units = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        boolean fresh = !Files.exists(dir.resolve("ledger.mv.db"));
        System.out.printf("data dir %s (%s), %s segments, batch %d%n", dir, fresh ? "new" : "reused", segments, batch);
        List<String> properties = new ArrayList<>(List.of("fiscal-ledger.data-dir=" + dir,
                "spring.main.banner-mode=off", "logging.level.root=WARN", "fiscal-ledger.projections.batch-size=" + batch));
        if (!segments.equals("default")) {
            properties.add("fiscal-ledger.projections.segments=" + segments);
        }
        List<Double> rates = new ArrayList<>();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ProjectionsTestApplication.class)
                .properties(properties.toArray(String[]::new))
                .run()) {
            EventStore store = ctx.getBean(EventStore.class);
            ProjectionReplay replay = ctx.getBean(ProjectionReplay.class);
            if (fresh) {
                List<List<EventMessage<?>>> byUnit = new ArrayList<>();
                for (int u = 0; u < units; u++) {
                    fiscalledger.ledger.api.UnitCode unit = new fiscalledger.ledger.api.UnitCode(
                            String.valueOf(900001 + u));
                    LedgerKey ledger = LedgerKey.of(unit, new fiscalledger.ledger.api.FiscalYear(2024));
                    List<EventMessage<?>> messages = new ArrayList<>();
                    long seq = 0;
                    for (LedgerEvent e : ProjectionBenchmark.generate(events / units, unit)) {
                        messages.add(new GenericDomainEventMessage<>("FiscalYearLedger", ledger.id(), seq++, e,
                                MetaData.with(LedgerMetadata.USER, "bench")));
                    }
                    byUnit.add(messages);
                }
                int longest = byUnit.stream().mapToInt(List::size).max().orElse(0);
                for (int from = 0; from < longest; from += 2000) {
                    for (List<EventMessage<?>> messages : byUnit) {
                        if (from < messages.size()) {
                            store.publish(messages.subList(from, Math.min(messages.size(), from + 2000)));
                        }
                    }
                }
            }
            replay.awaitCaughtUp(Duration.ofMinutes(10));
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < rebuilds; i++) {
                Map<Long, Long> before = threadCpu(threads);
                long gcMillis0 = gcMillis();
                long gcCount0 = gcCount();
                long jit0 = jitMillis();
                Map<String, long[]> sched0 = schedStats();
                long cpu0 = os.getProcessCpuTime();
                java.time.LocalTime started = java.time.LocalTime.now();
                long t0 = System.nanoTime();
                ReplayProgress done = replay.replayAndWait(Duration.ofMinutes(10), p -> { });
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                rates.add(done.total() / wall);
                System.out.printf("rebuild %d: %d events in %.2f s wall = %.0f events/s; %.2f CPU-s = %.0f events per"
                                + " CPU-second; load %.1f (%s–%s)%n", i + 1, done.total(), wall, done.total() / wall, cpu,
                        done.total() / cpu, os.getSystemLoadAverage(), started, java.time.LocalTime.now());
                // the collector's pauses stop every thread; the JIT compiler threads are not Java threads (not below)
                System.out.printf("    collector: %d collections, %.2f s; JIT compiling %.2f s%n", gcCount() - gcCount0,
                        (gcMillis() - gcMillis0) / 1e3, (jitMillis() - jit0) / 1e3);
                Map<String, Long> byGroup = new TreeMap<>();
                Map<Long, Long> after = threadCpu(threads);
                for (Map.Entry<Long, Long> e : after.entrySet()) {
                    long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                    ThreadInfo info = threads.getThreadInfo(e.getKey());
                    if (used > 5_000_000 && info != null) {
                        // the processor and read-ahead threads one by one: the busy segment's and the other's
                        String name = info.getThreadName();
                        boolean single = name.startsWith("EventProcessor") || name.startsWith("event-read-ahead");
                        byGroup.merge(single ? name : name.replaceAll("\\d+", "#"), used, Long::sum);
                    }
                }
                byGroup.forEach((name, ns) -> System.out.printf("    %-50s %6.2f CPU-s%n", name, ns / 1e9));
                printSchedDelta(sched0, schedStats());
            }
        }
        printSummary(rates);
        System.exit(0);
    }

    /**
     * The first rebuild of the JVM (what a shell started for it gives) apart from the later ones, and of these the
     * median and range: the JIT compiler keeps working on the second core for several rebuilds, and a rebuild during
     * which it does runs at half the rate or less.
     */
    private static void printSummary(List<Double> rates) {
        System.out.printf("first rebuild of the JVM: %.0f events/s%n", rates.get(0));
        if (rates.size() > 1) {
            List<Double> later = new ArrayList<>(rates.subList(1, rates.size()));
            later.sort(null);
            double median = later.size() % 2 == 1 ? later.get(later.size() / 2)
                    : (later.get(later.size() / 2 - 1) + later.get(later.size() / 2)) / 2;
            System.out.printf("rebuilds 2-%d: median %.0f events/s, %.0f-%.0f%n", rates.size(), median, later.get(0),
                    later.get(later.size() - 1));
        }
    }

    /**
     * Linux only: each OS thread's CPU time and the time it waited for a CPU while runnable
     * ({@code /proc/self/task/N/schedstat}), by thread name; the JIT compiler and collector threads are there too.
     */
    private static Map<String, long[]> schedStats() {
        Map<String, long[]> stats = new HashMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String[] f = Files.readString(task.resolve("schedstat")).trim().split(" ");
                    String name = Files.readString(task.resolve("comm")).trim() + "#" + task.getFileName();
                    stats.put(name, new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended
                }
            }
        } catch (java.io.IOException e) {
            // not Linux
        }
        return stats;
    }

    private static void printSchedDelta(Map<String, long[]> before, Map<String, long[]> after) {
        Map<String, long[]> byGroup = new TreeMap<>();
        after.forEach((name, a) -> {
            long[] b = before.getOrDefault(name, new long[2]);
            String group = name.startsWith("EventProcessor") || name.startsWith("event-read-ahe")
                    ? name : name.replaceAll("#\\d+$", "").replaceAll("\\d+", "#");
            long[] g = byGroup.computeIfAbsent(group, k -> new long[2]);
            g[0] += a[0] - b[0];
            g[1] += a[1] - b[1];
        });
        byGroup.forEach((name, v) -> {
            if (v[0] + v[1] > 20_000_000) {
                System.out.printf("    os %-40s %6.2f CPU-s, %6.2f s waiting for a CPU%n", name, v[0] / 1e9, v[1] / 1e9);
            }
        });
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(t -> t > 0).sum();
    }

    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static Map<Long, Long> threadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t >= 0) {
                cpu.put(id, t);
            }
        }
        return cpu;
    }
}
