package fiscalledger.shell.reliability;

import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.shell.LedgerShellApplication;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.service.ImportProgress;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real jar is killed with SIGKILL (Process.destroyForcibly) in the middle of a large import, and again in the
 * middle of rebuilding its read models. After each restart every voucher of the file is recorded exactly once or not
 * at all — importing the file again finishes it — and the read models equal a full rebuild from the events.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {

    private static final int EXPENSES = 4000;

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
        // 1. kill -9 in the middle of the import
        Process importer = jar("-e", "import " + journal);
        awaitStoreGrowsBeyond(512 * 1024, importer);
        assertThat(importer.isAlive()).as("the import was still running when killed").isTrue();
        importer.destroyForcibly().waitFor();

        long afterCrash;
        try (ConfigurableApplicationContext ledger = start()) {
            JdbcTemplate jdbc = jdbc(ledger);
            afterCrash = events(jdbc);
            assertThat(afterCrash).as("the import is one transaction: all of the file or none of it").isIn(0L, EXPENSES + 2L);
            // importing the file again finishes it: what is recorded is skipped, the rest recorded once
            ledger.getBean(LedgerServices.class).importJournal(journal, ImportProgress.NONE);
            assertEveryVoucherOnce(jdbc);
            awaitReadModelsCaughtUp(jdbc);
            // start a rebuild and leave it to the next process: its tokens are reset, its tables emptied
            ledger.getBean(ProjectionReplay.class).start();
        }

        // 2. kill -9 in the middle of the rebuild, which the next start continues from its reset tokens
        long before = Files.size(data.resolve("ledger.mv.db"));
        Process replaying = new ProcessBuilder(java(), "-Dfiscal-ledger.projections.batch-size=25", "-jar", jar.toString(),
                "--data", data.toString(), "-e", "sql SELECT COUNT(*) FROM postings")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        awaitStoreGrowsBeyond(before + 64 * 1024, replaying);
        assertThat(replaying.isAlive()).as("the rebuild was still running when killed").isTrue();
        replaying.destroyForcibly().waitFor();

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

    private static long events(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private static void awaitStoreGrowsBeyond(long bytes, Process process) {
        Path file = data.resolve("ledger.mv.db");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() ->
                !process.isAlive() || (Files.exists(file) && Files.size(file) > bytes));
    }

    private static Process jar(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString(), "--data", data.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
