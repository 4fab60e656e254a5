package fiscalledger.shell.reliability;

import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.replay.ProjectionReplay;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import fiscalledger.shell.LedgerShellApplication;
import fiscalledger.shell.service.ImportProgress;
import fiscalledger.shell.service.LedgerServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data directory really is locked, read-only or full while the real jar runs on it — no mocks: a second jar
 * against a directory a first one holds (H2's file lock), a read-only bind mount (or, not as root, permission bits),
 * a tmpfs mount too small for the import, and a file size limit (ulimit -f, which binds root too). Each time the
 * user reads one line naming the directory and what to do, nothing is half-written, and after the fault is gone the
 * store holds what it held before, its read models equal a rebuild, and the import can simply be run again.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StorageFaultsIT {

    private static final int BIG = 3000;
    private static final String EXPENSE = "expense --voucher %s --date 2024-03-02 --fund 一般公共预算 --function 2010301"
            + " --economic 30201 --kind 公用经费 --amount 5.00 --memo 办公用品";

    @TempDir
    Path work;

    private Path jar;
    private Path journal;
    private Path big;
    private final List<Runnable> cleanUp = new ArrayList<>();

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeEach
    void journals() throws IOException {
        jar = Path.of(System.getProperty("ledger.shell.jar", "target/ledger-shell.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (integration-test phase)").isRegularFile();
        String header = "type,unit,year,voucher,date,memo,fund,function,economic,kind,amount,unit_name,"
                + "department_code,department_name,unit_type";
        journal = work.resolve("opening.csv");
        Files.write(journal, List.of(header,
                "open-year,229001,2024,V0,2024-01-01,开账,,,,,,测试单位,229,测试主管部门,ADMINISTRATIVE",
                "appropriation,229001,2024,A0,2024-01-02,拨款,GENERAL_BUDGET,2010301,,,90000000.00,,,,",
                "expense,229001,2024,E0,2024-01-03,办公,GENERAL_BUDGET,2010301,30201,BASIC_PUBLIC,12.00,,,,"),
                StandardCharsets.UTF_8);
        big = work.resolve("large.csv");
        List<String> lines = new ArrayList<>(List.of(header));
        for (int i = 1; i <= BIG; i++) {
            lines.add("expense,229001,2024,B" + i + ",2024-04-01,办公用品" + i + ",GENERAL_BUDGET,2010301,30201,"
                    + "BASIC_PUBLIC," + (i % 997 + 1) + "." + String.format("%02d", i % 100) + ",,,,");
        }
        Files.write(big, lines, StandardCharsets.UTF_8);
    }

    @AfterEach
    void undoMountsAndLimits() {
        for (int i = cleanUp.size() - 1; i >= 0; i--) {
            cleanUp.get(i).run();
        }
    }

    @Test
    void aSecondProcessOnALockedDirectoryIsToldWhoHoldsItAndWritesNothingWhileTheFirstKeepsWorking() throws Exception {
        Path data = seeded(work.resolve("data"));
        Process first = new ProcessBuilder(java(), "-jar", jar.toString(), "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> firstOut = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(firstOut::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        try (OutputStream toFirst = first.getOutputStream()) {
            // the first shell opens the ledger for its first command and holds the database from then on
            send(toFirst, "units");
            await().atMost(Duration.ofMinutes(3)).until(() -> firstOut.stream().anyMatch(l -> l.contains("229001"))
                    || !first.isAlive());
            assertThat(first.isAlive()).as("the first shell runs").isTrue();

            Run second = run(List.of(), "--data", data.toString(), "-e", "units", "-e", EXPENSE.formatted("X1"));
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.out()).isEmpty();
            assertThat(second.errLines()).hasSize(2).allSatisfy(line -> assertThat(line)
                    .contains("the data directory " + data + " is in use by another fiscal-ledger process")
                    .contains("nothing was done here").contains("Close that shell"));
            assertThat(second.err()).doesNotContain("Exception").doesNotContain("\tat ");

            send(toFirst, EXPENSE.formatted("L1"));
            send(toFirst, "sql --format csv SELECT COUNT(*) AS n FROM postings");
        }
        assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
        reader.join();
        assertThat(first.exitValue()).as("the first shell kept working: " + firstOut).isZero();
        assertThat(firstOut).anyMatch(l -> l.startsWith("recorded expense voucher L1")).contains("3");

        try (ConfigurableApplicationContext ledger = start(data)) {
            JdbcTemplate jdbc = jdbc(ledger);
            assertThat(vouchers(jdbc)).containsExactlyInAnyOrder("V0", "A0", "E0", "L1");
        }
    }

    @Test
    void aReadOnlyDirectoryStillAnswersQueriesAndRefusesEveryWriteWithoutTouchingTheFile() throws Exception {
        Path data = seeded(work.resolve("data"));
        StoreFingerprint before = fingerprint(data);
        String fileBefore = sha256(data.resolve("ledger.mv.db"));
        Path view = readOnlyView(data);

        Run run = run(List.of(), "--data", view.toString(), "-e", "units", "-e", "check", "-e", "show 01 --format csv",
                "-e", "sql --format csv SELECT COUNT(*) AS n FROM postings", "-e", "events", "-e", "status",
                "-e", "as-of 2024-06-30 sql SELECT COUNT(*) FROM postings", "-e", EXPENSE.formatted("R1"), "-e", "import " + big, "-e", "replay");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("229001  测试单位  2024", "identities hold for 229001/2024",
                "行次/科目代码,项目/科目名称,金额", "n\n2\n", "(3 events)");
        // no processor runs here: status says so and how far the read models are, from the stored tokens
        assertThat(run.out()).containsPattern("ledger-projections: not running in this process \\(the store is read-only"
                + " here\\): the read models are as the writing process left them, (up to date with the event store"
                + "|\\d events behind the event store) \\(head of the event store #3\\)");
        List<String> errors = run.errLines();
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("error: as-of 2024-06-30 sql").contains("needs temporary views",
                "`as-of DATE show TABLE`");
        assertThat(errors.get(1)).startsWith("error: expense --voucher R1");
        assertThat(errors.get(2)).startsWith("error: import " + big);
        assertThat(errors.get(3)).startsWith("error: replay");
        assertThat(errors).allSatisfy(line -> assertThat(line).contains("the data directory " + view)
                .containsAnyOf("is read-only", "refuses writing"));
        assertThat(errors.subList(1, 3)).allSatisfy(line -> assertThat(line).contains("nothing was recorded"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(sha256(data.resolve("ledger.mv.db"))).as("the database file, byte for byte").isEqualTo(fileBefore);
        assertThat(fingerprint(data)).isEqualTo(before);
    }

    @Test
    void aDiskThatFillsUpDuringAnImportRecordsNoneOfItAndTheImportFinishesOnceThereIsSpace() throws Exception {
        assumeTrue(isRoot() && commandSucceeds("mount", "--version"),
                "a small tmpfs needs root (mount); the file size limit test covers the non-root case");
        Path data = work.resolve("small-disk");
        Files.createDirectories(data);
        seeded(work.resolve("seed"));
        long needed = Files.size(work.resolve("seed").resolve("ledger.mv.db"));
        // the store and about 700 KiB: enough to start, not enough for 3,000 more entries and their read models
        long size = (needed / 4096 + 1) * 4096 + 700 * 1024;
        assumeTrue(commandSucceeds("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", data.toString()),
                "cannot mount a tmpfs here");
        cleanUp.add(() -> commandSucceeds("umount", "-l", data.toString()));
        Files.copy(work.resolve("seed").resolve("ledger.mv.db"), data.resolve("ledger.mv.db"));

        Run full = run(List.of(), "--data", data.toString(), "-e", "import " + big);
        assertDiskFullReported(full, data, "the disk that holds the data directory " + data + " is full");

        // free space: the same mount, grown
        assertThat(commandSucceeds("mount", "-o", "remount,size=256m", data.toString())).isTrue();
        assertRecordedNothingAndImportFinishes(data);
    }

    @Test
    void aFileSizeLimitReachedDuringAnImportRecordsNoneOfItAndTheImportFinishesOnceLifted() throws Exception {
        Path data = seeded(work.resolve("data"));
        long kib = Files.size(data.resolve("ledger.mv.db")) / 1024 + 256;
        // RLIMIT_FSIZE holds for root too; the JVM ignores SIGXFSZ, so the write fails with EFBIG (File too large)
        Run limited = run(List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$0\" \"$@\""), "--data",
                data.toString(), "-e", "import " + big);
        assertDiskFullReported(limited, data, "the database file in the data directory " + data
                + " reached the largest file this process may write (ulimit -f: " + kib + " KiB)");
        assertRecordedNothingAndImportFinishes(data);
    }

    private static void assertDiskFullReported(Run run, Path data, String reason) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: import ").contains(reason)
                .contains("nothing of this command was recorded");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("imported");
    }

    private void assertRecordedNothingAndImportFinishes(Path data) throws Exception {
        try (ConfigurableApplicationContext ledger = start(data)) {
            JdbcTemplate jdbc = jdbc(ledger);
            assertThat(vouchers(jdbc)).as("the failed import left nothing behind").containsExactlyInAnyOrder("V0", "A0", "E0");
            // the failed process could not release its segments (its database was closed): they are taken over once
            // their claim times out, and only then can a rebuild reset them
            TrackingEventProcessor processor = ledger.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
            int segments = jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?",
                    Integer.class, LedgerProjection.PROCESSING_GROUP);
            await().atMost(Duration.ofMinutes(2)).until(() -> processor.processingStatus().size() == segments);
            awaitPostings(jdbc, 2);
            String afterFault = StoreFingerprint.readModelDigest(jdbc);
            ledger.getBean(ProjectionReplay.class).replayAndWait(Duration.ofMinutes(3), p -> { });
            awaitPostings(jdbc, 2);
            assertThat(StoreFingerprint.readModelDigest(jdbc)).as("read models after the fault = a rebuild")
                    .isEqualTo(afterFault);

            ledger.getBean(LedgerServices.class).importJournal(big, ImportProgress.NONE);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(BIG + 3L);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT sequence_number) FROM domain_event_entry", Long.class))
                    .isEqualTo(BIG + 3L);
            awaitPostings(jdbc, BIG + 2);
        }
    }

    /** A view of {@code data} that cannot be written: a read-only bind mount as root, permission bits otherwise. */
    private Path readOnlyView(Path data) throws IOException {
        Path view = isRoot() ? work.resolve("read-only-view") : data;
        if (isRoot()) {
            Files.createDirectories(view);
            assumeTrue(commandSucceeds("mount", "--bind", data.toString(), view.toString()), "cannot bind-mount here");
            cleanUp.add(() -> commandSucceeds("umount", "-l", view.toString()));
            assumeTrue(commandSucceeds("mount", "-o", "remount,ro,bind", view.toString()), "cannot remount read-only");
        } else {
            commandSucceeds("chmod", "-R", "a-w", data.toString());
            cleanUp.add(() -> commandSucceeds("chmod", "-R", "u+w", data.toString()));
        }
        Path probe = view.resolve("probe");
        boolean writable;
        try {
            Files.writeString(probe, "x");
            Files.delete(probe);
            writable = true;
        } catch (IOException expected) {
            writable = false;
        }
        assertThat(writable).as("the view really refuses writing").isFalse();
        return view;
    }

    /** An H2 store with the opening journal recorded and its read models caught up, written by an ordinary start. */
    private Path seeded(Path data) throws Exception {
        Files.createDirectories(data);
        try (ConfigurableApplicationContext ledger = start(data)) {
            ledger.getBean(LedgerServices.class).importJournal(journal, ImportProgress.NONE);
            awaitPostings(jdbc(ledger), 2);
        }
        return data;
    }

    private StoreFingerprint fingerprint(Path data) {
        try (ConfigurableApplicationContext ledger = start(data)) {
            JdbcTemplate jdbc = jdbc(ledger);
            awaitPostings(jdbc, 2);
            return StoreFingerprint.of(jdbc);
        }
    }

    private static List<String> vouchers(JdbcTemplate jdbc) {
        // every event of these journals is one voucher; the payload names it
        return jdbc.queryForList("SELECT payload FROM domain_event_entry ORDER BY global_index", byte[].class).stream()
                .map(p -> new String(p, StandardCharsets.UTF_8).replaceAll("(?s).*\"voucher\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    private static void awaitPostings(JdbcTemplate jdbc, long count) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class) == count);
    }

    private static void send(OutputStream stdin, String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private Run run(List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the shell did not finish within 5 minutes: " + command + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean commandSucceeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(LedgerShellApplication.class).web(WebApplicationType.NONE)
                .properties("fiscal-ledger.data-dir=" + data, "fiscal-ledger.user=faults",
                        "spring.main.banner-mode=off", "logging.level.root=ERROR")
                .run();
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class));
    }
}
