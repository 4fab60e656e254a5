package fiscalledger.scaleout;

import fiscalledger.testsupport.PostgresTestDatabase;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.replay.ProjectionReplay;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole ledger on PostgreSQL alone: events, tokens and read models in one database, and a rebuild there. */
class PostgresStoreTest {

    private static final UnitCode UNIT = new UnitCode("540001");
    private static final FiscalYear YEAR = new FiscalYear(2024);

    @Test
    void aRebuildOnPostgresqlGivesTheSameReadModelsAsTheIncrementalRun() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
            List<String> properties = new ArrayList<>(db.springProperties());
            properties.add("fiscal-ledger.node-id=single");
            try (ConfigurableApplicationContext node = NodeApplication.start(properties)) {
                new JournalRecorder(node.getBean(CommandGateway.class), 500)
                        .record(LedgerKey.of(UNIT, YEAR), "pg", SyntheticYear.of(UNIT, YEAR, 2_000, 3));
                TrackingEventProcessor processor = node.getBean(EventProcessingConfiguration.class)
                        .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
                await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> {
                    try (Connection c = db.connect()) {
                        long head = TokenTable.head(c);
                        return TokenTable.segments(c, LedgerProjection.PROCESSING_GROUP).stream()
                                .allMatch(s -> s.position() >= head);
                    }
                });
                Map<String, List<String>> incremental;
                try (Connection c = db.connect()) {
                    incremental = ReadModelDump.of(c);
                }
                ProjectionReplay replay = node.getBean(ProjectionReplay.class);
                try {
                    replay.replayAndWait(Duration.ofMinutes(2), p -> { });
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError(e.getMessage() + "; status " + processor.processingStatus(), e);
                }
                try (Connection c = db.connect()) {
                    Map<String, List<String>> rebuilt = ReadModelDump.of(c);
                    assertThat(rebuilt.get("postings")).hasSizeGreaterThan(1_900);
                    assertThat(rebuilt).isEqualTo(incremental);
                    // the rebuild's marker row goes with the replay tokens (PostgreSQL's TRUNCATE is transactional)
                    try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM "
                            + fiscalledger.projections.readmodel.ReadModelSchema.REBUILD_MARKER)) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getLong(1)).isZero();
                    }
                }
            }
        }
    }
}
