package fiscalledger.projections.replay;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild interrupted between emptying the read models and committing its replay tokens: on H2 the TRUNCATEs have
 * committed by themselves, the tokens are still the old, caught-up ones, and without more the processor would go on
 * from there over empty tables. The rebuild's marker row makes the next writing start rebuild again. Each test runs
 * on an H2 file store in its own directory, closed and opened again as a restarted process would.
 */
@ExtendWith(OutputCaptureExtension.class)
class InterruptedRebuildTest {
    private static final List<LedgerKey> LEDGERS = List.of(
            LedgerKey.of(new UnitCode("300001"), new FiscalYear(2024)),
            LedgerKey.of(new UnitCode("300002"), new FiscalYear(2024)));
    private static final List<String> TABLES = List.of("postings ORDER BY seq, line_no",
            "ledgers ORDER BY unit, fiscal_year", "asset_facts ORDER BY seq, item",
            "performance_evaluations ORDER BY seq", "performance_indicators ORDER BY seq, line_no",
            "procurement_contracts ORDER BY seq");

    @Test
    void aRebuildKilledAfterItsTruncateIsFinishedByTheNextStart(@TempDir Path dir, CapturedOutput output) {
        Map<String, Object> rebuilt = interruptedRebuild(dir);

        assertTheNextStartFinishesTheRebuild(dir, rebuilt);
        assertThat(output).contains("was interrupted before it had committed", "Resuming it");
    }

    @Test
    void aProcessThatCannotWriteLeavesTheInterruptedRebuildToOneThatCan(@TempDir Path dir, CapturedOutput output) {
        Map<String, Object> rebuilt = interruptedRebuild(dir);

        try (ConfigurableApplicationContext reader = openReadOnly(dir)) {
            assertThat(reader.getBean(ProjectionReplay.class).interruptedRebuild()).isPresent();
            assertThat(count(jdbc(reader), "postings")).isZero();
        }
        assertThat(output).doesNotContain("Resuming it");

        try (ConfigurableApplicationContext writer = open(dir)) {
            ProjectionReplay replay = writer.getBean(ProjectionReplay.class);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> replay.progress().finished() && rows(writer).equals(rows(rebuilt)));
            assertThat(replay.interruptedRebuild()).isEmpty();
        }
    }

    @Test
    void aReplayLeavesNoMarkerAndAStartedStoreShowsNone(@TempDir Path dir, CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext ledger = open(dir)) {
            JdbcTemplate jdbc = jdbc(ledger);
            ProjectionReplay replay = ledger.getBean(ProjectionReplay.class);
            // the table exists from the first start on, and is empty
            assertThat(count(jdbc, ReadModelSchema.REBUILD_MARKER)).isZero();
            recordAndRebuild(ledger);
            assertThat(count(jdbc, ReadModelSchema.REBUILD_MARKER)).isZero();

            // a rebuild after the read models were dropped, and one after another: still none
            ledger.getBean(ReadModelSchema.class).drop();
            assertThat(replay.replayAndWait(Duration.ofSeconds(60), p -> { }).finished()).isTrue();
            replay.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> replay.progress().finished());
            assertThat(count(jdbc, ReadModelSchema.REBUILD_MARKER)).isZero();
            assertThat(replay.interruptedRebuild()).isEmpty();
        }
        try (ConfigurableApplicationContext restarted = open(dir)) {
            assertThat(count(jdbc(restarted), ReadModelSchema.REBUILD_MARKER)).isZero();
            assertThat(restarted.getBean(ProjectionReplay.class).resumedAtStart()).isEmpty();
        }
        assertThat(output).doesNotContain("was interrupted before it had committed");
    }

    @Test
    void aResetThatFailsAfterEmptyingTheReadModelsLeavesTheMarkerAndTheNextStartResumes(@TempDir Path dir) {
        ReplayTokensRefused refused = new ReplayTokensRefused();
        Map<String, Object> rebuilt;
        try (ConfigurableApplicationContext ledger = open(dir, refused)) {
            rebuilt = recordAndRebuild(ledger);
            ProjectionReplay replay = ledger.getBean(ProjectionReplay.class);
            refused.armed.set(true);

            assertThatThrownBy(replay::start).hasMessage(ReplayTokensRefused.MESSAGE);

            // H2's TRUNCATE committed the emptied tables and the marker; the failure took the marker's deletion back
            JdbcTemplate jdbc = jdbc(ledger);
            assertThat(count(jdbc, "postings")).isZero();
            assertThat(count(jdbc, ReadModelSchema.REBUILD_MARKER)).isEqualTo(1);
            assertThat(replay.interruptedRebuild()).isPresent();
        }

        assertTheNextStartFinishesTheRebuild(dir, rebuilt);
    }

    /**
     * Records the ledgers and rebuilds them, then leaves the store as H2 holds it after a kill between the rebuild's
     * TRUNCATEs and its replay tokens' commit: the marker and the emptied tables committed (each statement commits
     * here), the tokens untouched. Returns what the full rebuild made.
     */
    private static Map<String, Object> interruptedRebuild(Path dir) {
        try (ConfigurableApplicationContext ledger = open(dir)) {
            Map<String, Object> rebuilt = recordAndRebuild(ledger);
            JdbcTemplate jdbc = jdbc(ledger);
            jdbc.update("INSERT INTO " + ReadModelSchema.REBUILD_MARKER + " (begun_at) VALUES (?)",
                    OffsetDateTime.now(ZoneOffset.UTC));
            for (String table : ReadModelSchema.TABLES) {
                jdbc.execute("TRUNCATE TABLE " + table);
            }
            assertThat(count(jdbc, "postings")).isZero();
            return rebuilt;
        }
    }

    /** Records the ledgers, waits for the read models, rebuilds them fully and returns what the rebuild made. */
    private static Map<String, Object> recordAndRebuild(ConfigurableApplicationContext ledger) {
        EventStore events = ledger.getBean(EventStore.class);
        ProjectionReplay replay = ledger.getBean(ProjectionReplay.class);
        for (LedgerKey key : LEDGERS) {
            HandMadeYear.appendTo(events, key);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> replay.progress().finished()
                && count(jdbc(ledger), "ledgers") == LEDGERS.size());
        try {
            assertThat(replay.replayAndWait(Duration.ofSeconds(60), p -> { }).finished()).isTrue();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        Map<String, Object> rebuilt = snapshot(ledger);
        assertThat(count(jdbc(ledger), "postings")).isPositive();
        return rebuilt;
    }

    private static ConfigurableApplicationContext open(Path dir) {
        return open(dir, null);
    }

    private static ConfigurableApplicationContext open(Path dir, BeanPostProcessor tokenStoreWrapper) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ProjectionsTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dir, "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "fiscal-ledger.projections.batch-size=200");
        if (tokenStoreWrapper != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(tokenStoreWrapper));
        }
        return builder.run();
    }

    /**
     * The store opened by a process that may only read it (as a SELECT-only user would: H2's read-only access mode),
     * which starts no processor.
     */
    private static ConfigurableApplicationContext openReadOnly(Path dir) {
        return new SpringApplicationBuilder(ProjectionsTestApplication.class)
                .properties("spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger") + ";ACCESS_MODE_DATA=r",
                        "spring.datasource.username=sa", "fiscal-ledger.db-reader.user=sa",
                        "fiscal-ledger.read-only=true", "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run();
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext ledger) {
        return ledger.getBean("projectionsJdbcTemplate", JdbcTemplate.class);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Every read-model row, and the public tables rendered from them. */
    private static Map<String, Object> snapshot(ConfigurableApplicationContext ledger) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String table : TABLES) {
            all.put(table, jdbc(ledger).queryForList("SELECT * FROM " + table));
        }
        PublicTables tables = ledger.getBean(PublicTables.class);
        for (LedgerKey key : LEDGERS) {
            all.put(key.toString(), tables.renderAll(key, Cutoff.NONE));
        }
        return all;
    }

    /** Starts a writing process on the store and waits until the read models equal the full rebuild, marker gone. */
    private static void assertTheNextStartFinishesTheRebuild(Path dir, Map<String, Object> rebuilt) {
        try (ConfigurableApplicationContext restarted = open(dir)) {
            ProjectionReplay replay = restarted.getBean(ProjectionReplay.class);
            // without the resumption the processor goes on from its caught-up tokens and the tables stay empty
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> replay.progress().finished() && rows(restarted).equals(rows(rebuilt)));
            assertThat(snapshot(restarted)).isEqualTo(rebuilt);
            assertThat(count(jdbc(restarted), ReadModelSchema.REBUILD_MARKER)).isZero();
            assertThat(replay.interruptedRebuild()).isEmpty();
            // what the shell tells its user at start-up (SpringLedgerServices.readModelsNotice)
            assertThat(replay.resumedAtStart()).isPresent();
        }
    }

    /** The rows alone: the tables cannot be rendered while a ledger's row is missing. */
    private static Map<String, Object> rows(ConfigurableApplicationContext ledger) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String table : TABLES) {
            all.put(table, jdbc(ledger).queryForList("SELECT * FROM " + table));
        }
        return all;
    }

    private static Map<String, Object> rows(Map<String, Object> snapshot) {
        Map<String, Object> all = new LinkedHashMap<>();
        TABLES.forEach(table -> all.put(table, snapshot.get(table)));
        return all;
    }

    /**
     * Wraps the store's token store so that, once armed, storing a replay token fails: the last step of Axon's reset,
     * after the reset handler has emptied the read models.
     */
    private static final class ReplayTokensRefused implements BeanPostProcessor {
        static final String MESSAGE = "replay tokens refused by the test";
        final AtomicBoolean armed = new AtomicBoolean();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof TokenStore tokens && beanName.equals("ledgerTokenStore") ? refusing(tokens) : bean;
        }

        private TokenStore refusing(TokenStore delegate) {
            return (TokenStore) Proxy.newProxyInstance(TokenStore.class.getClassLoader(),
                    new Class<?>[] {TokenStore.class}, (proxy, method, args) -> {
                        if (armed.get() && method.getName().equals("storeToken") && args[0] instanceof ReplayToken) {
                            throw new IllegalStateException(MESSAGE);
                        }
                        try {
                            return method.invoke(delegate, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
