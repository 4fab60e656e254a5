package fiscalledger.shell.reliability;

import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.shell.LedgerShellApplication;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.service.ImportProgress;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real jar is killed with SIGKILL (Process.destroyForcibly) in the middle of a large import, and again in the
 * middle of rebuilding its read models. After each restart every voucher of the file is recorded exactly once or not
 * at all — importing the file again finishes it — and the read models equal a full rebuild from the events.
 * <p>
 * When to kill is decided from what the shell shows, not from time or file size (H2 reuses the pages a rebuild frees,
 * and a fast machine finishes before any timer): each process reads its script from standard input, which stays open,
 * so it lives until killed, and it is killed when the file has grown by the import's writes after its first `status`
 * answer, or when `status` shows the rebuild part-way.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    /**
     * Large enough that H2 writes the import's uncommitted pages to the file before its commit (it holds up to about
     * 19 MB of changes in memory): with 6,000 an idle machine's import wrote nothing before committing, so the file's
     * growth came with the commit and the kill after it.
     */
    private static final int EXPENSES = 40_000;
    private static final long STARTED = System.nanoTime();

    @TempDir
    static Path work;

    private static Path jar;
    private static Path data;
    private static Path journal;

    @BeforeAll
    static void aLargeJournal() throws IOException {
        jar = Path.of(System.getProperty("ledger.shell.jar", "target/ledger-shell.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (integration-test phase)").isRegularFile();
        data = work.resolve("data");
        journal = work.resolve("large.csv");
        List<String> lines = new ArrayList<>();
        lines.add("type,unit,year,voucher,date,memo,fund,function,economic,kind,amount,unit_name,department_code,"
                + "department_name,unit_type");
        lines.add("open-year,229001,2024,V0,2024-01-01,开账,,,,,,测试单位,229,测试主管部门,ADMINISTRATIVE");
        lines.add("appropriation,229001,2024,A0,2024-01-02,拨款,GENERAL_BUDGET,2010301,,,90000000.00,,,,");
        for (int i = 1; i <= EXPENSES; i++) {
            lines.add("expense,229001,2024,E" + i + ",2024-03-01,办公用品" + i
                    + ",GENERAL_BUDGET,2010301,30201,BASIC_PUBLIC," + (i % 997 + 1) + "." + String.format("%02d", i % 100) + ",,,,");
        }
        Files.write(journal, lines, StandardCharsets.UTF_8);
    }

    @Test
    void aKillDuringImportOrReplayLosesNoVoucherAndDuplicatesNone() throws Exception {
        // 1. kill -9 in the middle of the import: the shell has opened the store and answered `status` before it is
        // given the file, so whatever the file grows by after that is the import writing its transaction
        try (RunningShell importing = RunningShell.start(jar, data)) {
            awaitStatus(importing, RunningShell::answeredStatus);
            long ready = Files.size(store());
            importing.send("import " + journal);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() ->
                    !importing.isAlive() || Files.size(store()) > ready + 512 * 1024);
            assertThat(importing.isAlive()).as("the shell waits on its open input until killed").isTrue();
            importing.kill();
        }
        progress("import killed");

        long first;
        long head;
        try (ConfigurableApplicationContext ledger = start()) {
            JdbcTemplate jdbc = jdbc(ledger);
            assertThat(events(jdbc)).as("the import is one transaction, killed before its commit: none of it stored")
                    .isZero();
            // importing the file again records it, each voucher once
            progress("restarted after the kill");
            ledger.getBean(LedgerServices.class).importJournal(journal, ImportProgress.NONE);
            progress("re-imported");
            assertEveryVoucherOnce(jdbc);
            awaitReadModelsCaughtUp(jdbc);
            first = jdbc.queryForObject("SELECT MIN(global_index) FROM domain_event_entry", Long.class);
            head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        }
        progress("re-imported, read models caught up");

        // 2. a rebuild started by one process (tokens reset, tables emptied) and left to the next, which is killed
        // while `status` shows it past the first events and not past half of them. A machine fast enough to rebuild
        // half of them before the shell first answers gets the rebuild set up again.
        long half = first + (head - first) / 2;
        boolean killedPartWay = false;
        for (int attempt = 1; attempt <= 3 && !killedPartWay; attempt++) {
            try (ConfigurableApplicationContext ledger = start()) {
                ledger.getBean(ProjectionReplay.class).start();
            }
            try (RunningShell replaying = RunningShell.start(jar, data, "-Dfiscal-ledger.projections.batch-size=25")) {
                awaitStatus(replaying, shell -> rebuildingBefore(shell.segments(), first, half)
                        || rebuiltPast(shell.segments(), half));
                progress("rebuild attempt " + attempt + ": " + replaying.segments().values());
                if (rebuildingBefore(replaying.segments(), first, half)) {
                    replaying.kill();
                    killedPartWay = true;
                }
            }
        }
        assertThat(killedPartWay).as("the rebuild was seen in its first half and killed there").isTrue();
        assertThat(postingsInStore()).as("postings rebuilt when the process was killed").isLessThan(EXPENSES + 1L);
        progress("rebuild killed part-way");

        // 3. the next start continues the rebuild from the tokens the killed process committed
        try (ConfigurableApplicationContext ledger = start()) {
            JdbcTemplate jdbc = jdbc(ledger);
            assertEveryVoucherOnce(jdbc);
            awaitReadModelsCaughtUp(jdbc);
            String continued = StoreFingerprint.readModelDigest(jdbc);
            ledger.getBean(ProjectionReplay.class).replayAndWait(Duration.ofMinutes(3), p -> { });
            awaitReadModelsCaughtUp(jdbc);
            assertThat(StoreFingerprint.readModelDigest(jdbc)).as("read models after the crash = a full rebuild")
                    .isEqualTo(continued);
        }
    }

    /**
     * A segment this process works has rebuilt from some of the events but not past {@code half}, and none has
     * finished replaying. ("caught up" is no sign: a processor that has just claimed its segment says so before it has
     * read anything.)
     */
    private static boolean rebuildingBefore(Map<Integer, RunningShell.Segment> segments, long first, long half) {
        return segments.values().stream().anyMatch(s -> s.workedHere() && s.replaying() && s.position() != null
                && s.position() >= first && s.position() < half)
                && segments.values().stream().noneMatch(s -> s.workedHere() && !s.replaying());
    }

    /** Every segment has finished replaying or is past {@code half}: too late to kill part-way. */
    private static boolean rebuiltPast(Map<Integer, RunningShell.Segment> segments, long half) {
        return !segments.isEmpty() && segments.values().stream().allMatch(s -> s.workedHere()
                && (!s.replaying() || s.position() != null && s.position() >= half));
    }

    /** Asks `status` every 100 ms until its answer satisfies {@code condition}; a start on a loaded machine is slow. */
    private static void awaitStatus(RunningShell shell, Predicate<RunningShell> condition) {
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!shell.isAlive()) {
                    throw new AssertionError("the shell ended:\n" + shell.tail());
                }
                if (condition.test(shell)) {
                    return true;
                }
                shell.askStatus();
                return false;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("`status` never showed what was awaited; the shell printed:\n" + shell.tail(), e);
        }
    }

    /** Where the test is, with the time since it began: what a timeout on a loaded machine needs to be understood. */
    private static void progress(String step) {
        System.out.printf("CrashRecoveryIT %5.1f s: %s%n", (System.nanoTime() - STARTED) / 1e9, step);
    }

    private static void assertEveryVoucherOnce(JdbcTemplate jdbc) {
        assertThat(events(jdbc)).isEqualTo(EXPENSES + 2L);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT sequence_number) FROM domain_event_entry", Long.class))
                .isEqualTo(EXPENSES + 2L);
    }

    private static void awaitReadModelsCaughtUp(JdbcTemplate jdbc) {
        // one posting per expense and one for the appropriation, each exactly once
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() ->
                jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class) == EXPENSES + 1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT voucher) FROM postings", Long.class)).isEqualTo(EXPENSES + 1L);
    }

    /** Read straight from the H2 file, before any processor of a new start can carry the rebuild on. */
    private static long postingsInStore() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("ledger"), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM postings")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long events(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private static Path store() {
        return data.resolve("ledger.mv.db");
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerShellApplication.class).web(WebApplicationType.NONE)
                .properties("fiscal-ledger.data-dir=" + data, "fiscal-ledger.user=recovery",
                        "spring.main.banner-mode=off", "logging.level.root=ERROR")
                .run();
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return new JdbcTemplate(context.getBean(DataSource.class));
    }
}
