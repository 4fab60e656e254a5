package fiscalledger.scaleout.bench;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.CloseYearCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.ledger.config.LedgerAxonConfig;
import fiscalledger.ledger.journal.HeaderLanguage;
import fiscalledger.ledger.journal.ImportOptions;
import fiscalledger.ledger.journal.ImportReport;
import fiscalledger.ledger.journal.JournalImporter;
import fiscalledger.ledger.journal.JournalWriter;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.replay.ReplayProgress;
import fiscalledger.scaleout.NodeApplication;
import fiscalledger.scaleout.SyntheticYear;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Measures the ledger on H2 and on PostgreSQL against the raw limits of the same store on the same machine:
 * a realistic year of N entries over several units (see {@link SyntheticYear}) is written as journal files and
 * imported through the real importer; then projected, rebuilt, queried, and single commands are timed. Each figure is
 * printed next to a baseline measured in the same run with plain JDBC on the same event table (batched insert,
 * single-row insert-and-commit, sequential scan), with the ratio. The output ends with a Markdown table for the README.
 */
public final class LedgerBenchmark {

    static final String USAGE = """
            usage: java -jar scaleout/target/ledger-node.jar benchmark [--events N] [--units U] [--store h2|postgresql|both]
                     [--pg-url JDBC_URL --pg-user USER --pg-password PASSWORD] [--work DIR] [--shell-jar PATH]
              --events N     entries in the year (default 100000), spread over U units (default N/10000, at least 1)
              --store        which stores to measure (default: both when a PostgreSQL server is given, else h2)
              --pg-url       a PostgreSQL server the benchmark may create and drop a database on (default
                             $FISCAL_LEDGER_BENCH_PG_URL, else $FISCAL_LEDGER_TEST_PG_URL; user and password likewise)
              --work DIR     where the H2 files and journals go (default target/benchmark)
              --shell-jar    the shell jar to time start-up with (default shell/target/ledger-shell.jar)
              --samples S    single commands timed (default 300)""";

    private static final int BASELINE_SAMPLE = 20_000;

    private final PrintStream out;
    private final int events;
    private final int units;
    private final int samples;
    private final Path work;
    private final Path shellJar;

    private LedgerBenchmark(PrintStream out, int events, int units, int samples, Path work, Path shellJar) {
        this.out = out;
        this.events = events;
        this.units = units;
        this.samples = samples;
        this.work = work;
        this.shellJar = shellJar;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        int events = 100_000;
        Integer units = null;
        int samples = 300;
        String stores = null;
        String pgUrl = env("FISCAL_LEDGER_BENCH_PG_URL", "FISCAL_LEDGER_TEST_PG_URL");
        String pgUser = env("FISCAL_LEDGER_BENCH_PG_USER", "FISCAL_LEDGER_TEST_PG_USER");
        String pgPassword = env("FISCAL_LEDGER_BENCH_PG_PASSWORD", "FISCAL_LEDGER_TEST_PG_PASSWORD");
        Path work = Path.of("target", "benchmark");
        Path shellJar = Path.of("shell", "target", "ledger-shell.jar");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--events" -> events = Integer.parseInt(value(args, ++i).replace("_", ""));
                    case "--units" -> units = Integer.parseInt(value(args, ++i));
                    case "--samples" -> samples = Integer.parseInt(value(args, ++i));
                    case "--store" -> stores = value(args, ++i);
                    case "--pg-url" -> pgUrl = value(args, ++i);
                    case "--pg-user" -> pgUser = value(args, ++i);
                    case "--pg-password" -> pgPassword = value(args, ++i);
                    case "--work" -> work = Path.of(value(args, ++i));
                    case "--shell-jar" -> shellJar = Path.of(value(args, ++i));
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (stores == null) {
                stores = pgUrl == null ? "h2" : "both";
            }
            if (!List.of("h2", "postgresql", "both").contains(stores)) {
                throw new IllegalArgumentException("--store is h2, postgresql or both, not '" + stores + "'");
            }
            if (!stores.equals("h2") && pgUrl == null) {
                throw new IllegalArgumentException("--store " + stores + " needs a PostgreSQL server: --pg-url");
            }
            if (events < 1_000) {
                throw new IllegalArgumentException("--events must be at least 1000");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        int u = units != null ? units : Math.max(1, events / 10_000);
        LedgerBenchmark bench = new LedgerBenchmark(out, events, u, samples, work.toAbsolutePath(), shellJar.toAbsolutePath());
        List<Figures> all = new ArrayList<>();
        try {
            if (!stores.equals("postgresql")) {
                try (BenchStore h2 = BenchStore.h2(bench.work)) {
                    all.add(bench.measure(h2));
                }
            }
            if (!stores.equals("h2")) {
                try (BenchStore pg = BenchStore.postgresql(pgUrl, pgUser, pgPassword)) {
                    all.add(bench.measure(pg));
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("error: the benchmark failed: " + e);
            return 1;
        }
        bench.printMarkdown(all);
        return 0;
    }

    private Figures measure(BenchStore store) throws Exception {
        String name = store.name();
        out.printf("%n== %s: %,d entries over %d unit(s), %d cores%n", name, events, units,
                Runtime.getRuntime().availableProcessors());
        Path journals = Files.createDirectories(work.resolve("journals"));
        List<UnitCode> unitCodes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        // a sample of the serialized entries, for the raw baseline: every k-th, at most BASELINE_SAMPLE of them
        List<byte[]> payloads = new ArrayList<>(Math.min(events, BASELINE_SAMPLE));
        int every = Math.max(1, events / BASELINE_SAMPLE);
        int entries = 0;
        Serializer serializer = LedgerAxonConfig.ledgerSerializer();
        int perUnit = events / units;
        FiscalYear year = new FiscalYear(2024);
        for (int i = 0; i < units; i++) {
            UnitCode unit = new UnitCode(String.format("6%05d", i + 1));
            int n = i == units - 1 ? events - perUnit * (units - 1) : perUnit;
            List<LedgerCommand> commands = new ArrayList<>(SyntheticYear.of(unit, year, n, 42));
            if (i == 0) {
                // the first unit stays open: single commands are timed against a year that already holds its entries
                commands.removeIf(CloseYearCommand.class::isInstance);
            }
            for (LedgerCommand c : commands) {
                if (entries++ % every == 0) {
                    payloads.add(serializer.serialize(c, byte[].class).getData());
                }
            }
            Path file = journals.resolve(unit.value() + "-2024.csv");
            new JournalWriter(HeaderLanguage.ENGLISH).write(file, List.of(), commands);
            unitCodes.add(unit);
            files.add(file);
        }

        List<String> properties = new ArrayList<>(store.springProperties());
        properties.addAll(List.of("fiscal-ledger.node-id=benchmark", "logging.level.root=WARN",
                "logging.level.org.axonframework=ERROR"));
        Figures f = new Figures(name, entries);
        // the limits first, on the ledger's own tables before the ledger runs, so nothing else touches them
        store.createEventTables();
        RawStoreBaseline.Result raw = RawStoreBaseline.measure(store, payloads, entries, 2_000, samples);
        payloads.clear();
        f.rawInsert = raw.insertRowsPerSecond();
        f.rawScan = raw.scanRowsPerSecond();
        f.rawSingle = raw.singleInsert();
        out.printf("baseline: batched insert %,.0f rows/s, sequential scan %,.0f rows/s, single insert+commit %s%n",
                f.rawInsert, f.rawScan, f.rawSingle);
        try (ConfigurableApplicationContext node = NodeApplication.start(properties)) {
            // the projections run during the import, as they do for a user
            JournalImporter importer = node.getBean(JournalImporter.class);
            long start = System.nanoTime();
            int recorded = 0;
            for (Path file : files) {
                ImportReport report = importer.importFile(file, ImportOptions.by("benchmark"));
                if (!report.succeeded()) {
                    throw new IllegalStateException("import of " + file + " failed: " + report.problems().subList(0,
                            Math.min(5, report.problems().size())));
                }
                recorded += report.eventsRecorded();
            }
            double importSeconds = RawStoreBaseline.seconds(start);
            f.importRate = recorded / importSeconds;
            f.events = eventCount(store);
            out.printf("bulk import: %,d events in %.1f s = %,.0f events/s (%.0f%% of the raw batched insert)%n",
                    recorded, importSeconds, f.importRate, 100 * f.importRate / f.rawInsert);

            ProjectionReplay replay = node.getBean(ProjectionReplay.class);
            awaitCaughtUp(replay);
            double projectSeconds = RawStoreBaseline.seconds(start);
            f.projectRate = f.events / projectSeconds;
            out.printf("import until the read models are up to date: %.1f s = %,.0f events/s%n", projectSeconds,
                    f.projectRate);

            start = System.nanoTime();
            replay.replayAndWait(Duration.ofHours(3), p -> { });
            double rebuildSeconds = RawStoreBaseline.seconds(start);
            f.rebuildRate = f.events / rebuildSeconds;
            out.printf("full rebuild: %.1f s = %,.0f events/s (%.0f%% of the raw scan)%n", rebuildSeconds,
                    f.rebuildRate, 100 * f.rebuildRate / f.rawScan);

            f.command = singleCommands(node.getBean(CommandGateway.class), unitCodes.get(0), year);
            out.printf("single command: %s (raw insert+commit: %s)%n", f.command, f.rawSingle);

            PublicTables tables = node.getBean(PublicTables.class);
            LedgerKey first = LedgerKey.of(unitCodes.get(0), year);
            f.table = time(() -> tables.render("01", first), 10);
            f.tableAsOf = time(() -> tables.render("01", first, Cutoff.asOf(LocalDate.of(2024, 6, 30))), 10);
            out.printf("table 01: %s; as of 2024-06-30: %s%n", f.table, f.tableAsOf);
        }
        if (Files.isRegularFile(shellJar)) {
            f.shellStart = shellTime(store, List.of("-e", "units"), 3);
            f.shellShow = shellTime(store, List.of("-e", "show 01 --unit " + unitCodes.get(0).value() + " --year 2024"), 3);
            out.printf("shell start-up (java -jar … -e units): %s; -e \"show 01\": %s%n", f.shellStart, f.shellShow);
        } else {
            out.println("shell start-up: not measured, " + shellJar + " is not built (mvn -DskipTests package)");
        }
        return f;
    }

    private Latency singleCommands(CommandGateway commands, UnitCode unit, FiscalYear year) {
        List<Long> nanos = new ArrayList<>();
        BudgetLine line = new BudgetLine(Fund.GENERAL_BUDGET, FunctionCode.of("2010301"), SpendingKind.BASIC_PUBLIC, "",
                EconomicCode.of("30201"));
        int warmUp = 20;
        for (int i = 0; i < warmUp + samples; i++) {
            RecordExpenditureCommand c = new RecordExpenditureCommand(unit, year, "LAT-" + i, LocalDate.of(2024, 12, 30),
                    "办公用品", line.fund(), line.function(), line.economic(), line.kind(), "", null, Fen.ZERO, Fen.ZERO,
                    Fen.of(12_345));
            long t = System.nanoTime();
            commands.sendAndWait(c, 60, TimeUnit.SECONDS);
            if (i >= warmUp) {
                nanos.add(System.nanoTime() - t);
            }
        }
        return Latency.of(nanos);
    }

    private static Latency time(Runnable action, int runs) {
        action.run();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - t);
        }
        return Latency.of(nanos);
    }

    private Latency shellTime(BenchStore store, List<String> commands, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-jar", shellJar.toString()));
        command.addAll(store.shellArguments());
        command.addAll(commands);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("shell-output.txt").toFile());
            for (String p : store.springProperties()) {
                if (p.startsWith("spring.datasource.username=")) {
                    pb.environment().put("SPRING_DATASOURCE_USERNAME", p.substring(p.indexOf('=') + 1));
                } else if (p.startsWith("spring.datasource.password=")) {
                    pb.environment().put("SPRING_DATASOURCE_PASSWORD", p.substring(p.indexOf('=') + 1));
                }
            }
            long t = System.nanoTime();
            Process process = pb.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the shell did not finish: " + command);
            }
            long elapsed = System.nanoTime() - t;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the shell failed (" + process.exitValue() + "): "
                        + Files.readString(work.resolve("shell-output.txt")));
            }
            nanos.add(elapsed);
        }
        return Latency.of(nanos);
    }

    private static void awaitCaughtUp(ProjectionReplay replay) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(3);
        ReplayProgress p = replay.progress();
        while (!p.finished()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("projection did not catch up: " + p);
            }
            TimeUnit.MILLISECONDS.sleep(100);
            p = replay.progress();
        }
    }

    private static long eventCount(BenchStore store) throws Exception {
        try (Connection c = store.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void printMarkdown(List<Figures> all) {
        out.printf("%n### Benchmark: %,d entries (%d units), %d cores (nproc), Java %s, %s%n%n", events, units,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        out.println("| store | measure | ledger | baseline (raw JDBC, same table) | ratio |");
        out.println("|---|---|---|---|---|");
        for (Figures f : all) {
            row(f.store, "bulk import (journal files → events)", rate(f.importRate), "batched insert " + rate(f.rawInsert),
                    pct(f.importRate / f.rawInsert));
            row(f.store, "import until read models up to date", rate(f.projectRate), "batched insert " + rate(f.rawInsert),
                    pct(f.projectRate / f.rawInsert));
            row(f.store, "full rebuild (replay)", rate(f.rebuildRate), "sequential scan " + rate(f.rawScan),
                    pct(f.rebuildRate / f.rawScan));
            row(f.store, "single command, median / p99", ms(f.command.medianMs()) + " / " + ms(f.command.p99Ms()),
                    "insert+commit " + ms(f.rawSingle.medianMs()) + " / " + ms(f.rawSingle.p99Ms()),
                    String.format("%.1f× / %.1f×", f.command.medianMs() / f.rawSingle.medianMs(),
                            f.command.p99Ms() / f.rawSingle.p99Ms()));
            row(f.store, "table 01 (median)", ms(f.table.medianMs()), "", "");
            row(f.store, "table 01 as of 2024-06-30 (median)", ms(f.tableAsOf.medianMs()), "", "");
            if (f.shellStart != null) {
                row(f.store, "shell start-up: `-e units` (median of 3)", ms(f.shellStart.medianMs()), "", "");
                row(f.store, "shell `-e \"show 01 …\"` (median of 3)", ms(f.shellShow.medianMs()), "", "");
            }
        }
    }

    private void row(String store, String measure, String ledger, String baseline, String ratio) {
        out.println("| " + store + " | " + measure + " | " + ledger + " | " + baseline + " | " + ratio + " |");
    }

    private static String rate(double perSecond) {
        return String.format("%,.0f /s", perSecond);
    }

    private static String pct(double ratio) {
        return String.format("%.0f%%", ratio * 100);
    }

    private static String ms(double ms) {
        return ms >= 100 ? String.format("%,.0f ms", ms) : String.format("%.2f ms", ms);
    }

    private static String env(String... names) {
        for (String n : names) {
            String v = System.getProperty(n, System.getenv(n));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static final class Figures {
        final String store;
        final int entries;
        long events;
        double rawInsert;
        double rawScan;
        Latency rawSingle;
        double importRate;
        double projectRate;
        double rebuildRate;
        Latency command;
        Latency table;
        Latency tableAsOf;
        Latency shellStart;
        Latency shellShow;

        Figures(String store, int entries) {
            this.store = store;
            this.entries = entries;
        }
    }
}
