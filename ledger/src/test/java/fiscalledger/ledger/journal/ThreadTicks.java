package fiscalledger.ledger.journal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time per thread of this process from Linux's /proc (the collector's and compiler's threads are not Java threads,
 * so the JVM's own thread beans do not see them). For a benchmark that wants to know where the CPU time beside its
 * measured thread went; on another system it prints nothing.
 */
final class ThreadTicks {
    /** Linux's USER_HZ, the unit of utime and stime in /proc/…/stat, is 100 on every usual kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private ThreadTicks() {
    }

    /** utime + stime by thread name (threads of one name, e.g. the collector's workers, summed). */
    static Map<String, Long> now() {
        Map<String, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tasks)) {
            for (Path dir : dirs) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // pid (comm) state ppid … : comm may hold spaces, so split after its closing parenthesis
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("#?\\d+$", "#n");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    static void printBusiest(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder line = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(8)
                .forEach(e -> line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format("%.2f s", e.getValue() / TICKS_PER_SECOND)));
        if (!line.isEmpty()) {
            System.out.println("            CPU by thread: " + line);
        }
    }
}
