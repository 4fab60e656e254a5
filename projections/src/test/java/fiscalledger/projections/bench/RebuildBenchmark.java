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
 * [segments|default] [batch] [rebuilds] [units]} (defaults 100000, default, 1000, 10, 1); the directory is filled on
 * first use (with the events split over {@code units} unit-years) and reused afterwards. {@code -Dbench.warmup=N}
 * (default 5, as JMH's warm-up iterations) sets how many rebuilds are left out of the steady-state summary;
 * {@code -Dbench.cacheKb=N} sets H2's page cache for the rebuilds.
 * <p>
 * Per rebuild it prints, besides the rates: the bytes all threads allocated, and per OS thread its CPU time, the part
 * of it spent in the kernel, the time it waited for a CPU, its page faults and its read calls. A rebuild during which
 * the collector grows the heap shows tens of thousands of page faults and a tenth of a second or more of kernel time
 * in the working threads (docs/read-side.md, "Sixth round").
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
        int rebuilds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
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
            String cacheKb = System.getProperty("bench.cacheKb");
            if (cacheKb != null) {
                ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).execute("SET CACHE_SIZE " + cacheKb);
                System.out.println("H2 cache size set to " + cacheKb + " KB");
            }
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int i = 0; i < rebuilds; i++) {
                Map<Long, Long> before = threadCpu(threads);
                Map<Long, Long> allocatedBefore = allocated(threads);
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
                Map<Long, Long> allocatedAfter = allocated(threads);
                long allocatedBytes = allocatedAfter.entrySet().stream()
                        .mapToLong(e -> e.getValue() - allocatedBefore.getOrDefault(e.getKey(), 0L)).sum();
                System.out.printf("    allocated by all threads: %.0f MB = %.1f KB per event%n", allocatedBytes / 1e6,
                        allocatedBytes / 1e3 / done.total());
                printSchedDelta(sched0, schedStats());
            }
        }
        printSummary(rates, Integer.getInteger("bench.warmup", 5));
        System.exit(0);
    }

    /**
     * The first rebuild of the JVM (what a shell started for it gives) on its own, then the steady state as JMH would
     * measure it: the rebuilds after {@code warmup} warm-up ones. During the first rebuilds the JIT compiler takes one
     * of the two cores (about 14 CPU-s for the rebuild's code) and the collector grows the heap, whose new memory the
     * working threads then touch for the first time; a rebuild during either runs at half the rate or less.
     */
    private static void printSummary(List<Double> rates, int warmup) {
        System.out.printf("first rebuild of the JVM: %.0f events/s%n", rates.get(0));
        if (rates.size() <= warmup) {
            System.out.printf("no steady state measured: %d rebuilds, %d of them warm-up (-Dbench.warmup=N)%n",
                    rates.size(), warmup);
            return;
        }
        List<Double> measured = new ArrayList<>(rates.subList(warmup, rates.size()));
        double mean = measured.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        measured.sort(null);
        int n = measured.size();
        double median = n % 2 == 1 ? measured.get(n / 2) : (measured.get(n / 2 - 1) + measured.get(n / 2)) / 2;
        System.out.printf("steady state, rebuilds %d-%d after %d warm-up: median %.0f events/s, mean %.0f, %.0f-%.0f%n",
                warmup + 1, rates.size(), warmup, median, mean, measured.get(0), measured.get(n - 1));
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
                    // stat, after the parenthesised name: minflt (page faults served without I/O: memory touched for the
                    // first time) is its 8th field, stime (clock ticks in the kernel) its 13th
                    String stat = Files.readString(task.resolve("stat"));
                    String[] t = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // io: syscr (read calls) is its third line, rchar (bytes read) its first
                    String[] io = Files.readAllLines(task.resolve("io")).stream()
                            .map(l -> l.substring(l.indexOf(':') + 1).trim()).toArray(String[]::new);
                    stats.put(name, new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(t[12]),
                            Long.parseLong(t[7]), Long.parseLong(io[2]), Long.parseLong(io[0])});
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
            long[] b = before.getOrDefault(name, new long[6]);
            String group = name.startsWith("EventProcessor") || name.startsWith("event-read-ahe")
                    ? name : name.replaceAll("#\\d+$", "").replaceAll("\\d+", "#");
            long[] g = byGroup.computeIfAbsent(group, k -> new long[6]);
            for (int i = 0; i < g.length; i++) {
                g[i] += a[i] - b[i];
            }
        });
        byGroup.forEach((name, v) -> {
            if (v[0] + v[1] > 20_000_000) {
                // a clock tick is 10 ms on Linux (USER_HZ 100)
                System.out.printf("    os %-40s %6.2f CPU-s (%4.2f of it in the kernel), %6.2f s waiting for a CPU;"
                        + " %d page faults, %d reads of %.1f MB%n",
                        name, v[0] / 1e9, v[2] / 100.0, v[1] / 1e9, v[3], v[4], v[5] / 1e6);
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

    private static Map<Long, Long> allocated(ThreadMXBean threads) {
        Map<Long, Long> bytes = new HashMap<>();
        if (threads instanceof com.sun.management.ThreadMXBean hotspot) {
            for (long id : threads.getAllThreadIds()) {
                long b = hotspot.getThreadAllocatedBytes(id);
                if (b >= 0) {
                    bytes.put(id, b);
                }
            }
        }
        return bytes;
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
