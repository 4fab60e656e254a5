package fiscalledger.shell.reliability;

import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.testing.SampleLedger;
import fiscalledger.shell.testing.ScriptRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shell started on a store whose last rebuild was killed after emptying the read models (H2's TRUNCATE commits by
 * itself) tells its user that it is finishing that rebuild, and the tables then come back whole.
 */
class InterruptedRebuildNoticeTest {

    @TempDir
    Path data;

    @Test
    void aShellStartedAfterAKilledRebuildSaysItIsFinishingIt() {
        String table01;
        try (SampleLedger ledger = SampleLedger.start(data, "officer")) {
            table01 = ledger.run("show 01 --format csv").ok().out;
            assertThat(ledger.services.readModelsNotice()).isEmpty();
            // the state a kill between the rebuild's TRUNCATEs and its replay tokens' commit leaves
            JdbcTemplate jdbc = ledger.context.getBean(JdbcTemplate.class);
            jdbc.update("INSERT INTO " + ReadModelSchema.REBUILD_MARKER + " (begun_at) VALUES (?)",
                    OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC));
            ReadModelSchema.TABLES.forEach(table -> jdbc.execute("TRUNCATE TABLE " + table));
        }

        try (ConfigurableApplicationContext restarted = ScriptRun.startLedger(data, "officer")) {
            LedgerServices services = restarted.getBean(LedgerServices.class);
            assertThat(services.readModelsNotice()).hasValueSatisfying(notice -> assertThat(notice)
                    .contains("A rebuild of the read models begun at 2026-11-26T09:30Z was interrupted;"
                            + " it is being finished now")
                    .contains("`status` shows its progress"));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    new ScriptRun(services, data, "show 01 --format csv").out.equals(table01));
        }
    }
}
