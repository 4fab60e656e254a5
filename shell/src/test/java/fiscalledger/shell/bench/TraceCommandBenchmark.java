package fiscalledger.shell.bench;

import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.LedgerShellApplication;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.LedgerServices;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The `trace` command as a user runs it, end to end in the shell (argument parsing, the trace, rendering, writing):
 * on a store the audit benchmark filled (one unit-year of 100,000 journal lines), each command is run 7 times after a
 * warm-up and the median and worst wall clock and CPU time of the calling thread are printed, with the output's
 * size and the warm-up run's own figures (the first command of a session pays for a cold JIT and cold caches). "as-of" runs take another date (or event sequence) each time, so that neither the database nor the trace can
 * reuse an earlier read: each is a first trace of its cut-off, which costs what the first trace of a unit-year does.
 * <p>
 * Run (README "Audit benchmark"): {@code mvn -o -q -B -pl shell -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}, then
 * {@code java -cp shell/target/test-classes:shell/target/classes:$(cat shell/target/cp.txt)
 * fiscalledger.shell.bench.TraceCommandBenchmark DATA_DIR [UNIT/YEAR]}.
 */
public final class TraceCommandBenchmark {
    private static final int RUNS = 7;

    private TraceCommandBenchmark() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String[] ledger = (args.length > 1 ? args[1] : "999001/2024").split("/");
        String select = " --unit " + ledger[0] + " --year " + ledger[1];
        System.setProperty("axoniq.update-checker.disabled", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerShellApplication.class)
                .web(WebApplicationType.NONE).bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .properties("fiscal-ledger.data-dir=" + data, "spring.jmx.enabled=false", "logging.level.root=WARN")
                .run()) {
            LedgerServices services = context.getBean(LedgerServices.class);
            services.awaitReadModels();
            LedgerShell shell = new LedgerShell(CommandRegistry.standard(), services,
                    new ShellSettings(data, data, false));
            int[] day = {0};
            // a third argument: the commands to time, separated by ";" (default: the list below)
            List<String> commands = args.length > 2 ? List.of(args[2].split(";")) : List.of("trace 01 32",
                    "trace 01 58", "trace 01 8", "trace 01 32 --by-child", "trace 06 公用经费合计", "trace 09 合计 决算数",
                    "trace 10 5", "trace 10 7", "trace 01 32 --format csv", "trace 01 32 --all");
            for (String command : commands) {
                measure(shell, command + select, () -> command + select);
            }
            if (args.length > 2) {
                return;
            }
            measure(shell, "as-of DATE trace 01 32 (a day apart)" + select,
                    () -> "as-of 2024-12-" + (31 - day[0]++ % 30) + " trace 01 32" + select);
            long[] seq = {services.audit().events().head()};
            measure(shell, "as-of #SEQ trace 01 58 (97 events apart)" + select,
                    () -> "as-of #" + (seq[0] -= 97) + " trace 01 58" + select);
            measure(shell, "as-of DATE trace 01 32 --format csv (a day apart)" + select,
                    () -> "as-of 2024-11-" + (30 - day[0]++ % 29) + " trace 01 32 --format csv" + select);
        }
    }

    private static void measure(LedgerShell shell, String what, java.util.function.Supplier<String> command) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] chars = {0};
        long firstCpu = threads.getCurrentThreadCpuTime();
        long firstWall = System.nanoTime();
        run(shell, command.get(), chars);
        firstWall = (System.nanoTime() - firstWall) / 1_000_000;
        firstCpu = (threads.getCurrentThreadCpuTime() - firstCpu) / 1_000_000;
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            chars[0] = 0;
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run(shell, command.get(), chars);
            wall.add((System.nanoTime() - t) / 1_000_000);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1_000_000);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf("%-64s wall median %5d ms, worst %5d ms | cpu median %5d ms, worst %5d ms | %,d chars"
                        + " | the first run (warm-up): wall %d ms, cpu %d ms%n", what, wall.get(RUNS / 2),
                wall.get(RUNS - 1), cpu.get(RUNS / 2), cpu.get(RUNS - 1), chars[0], firstWall, firstCpu);
    }

    private static void run(LedgerShell shell, String command, long[] chars) {
        Writer counting = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                chars[0] += length;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringBuilderWriter err = new StringBuilderWriter();
        int code = shell.runCommands(List.of(command), new PrintWriter(counting), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException(command + " failed: " + err);
        }
    }

    private static final class StringBuilderWriter extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
