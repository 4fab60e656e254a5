package fiscalledger.projections.replay;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded store's read models are built by one segment, and a store whose tokens were split into two segments
 * (as every store was before one became the default on H2) is still worked whole, and given one segment by its next
 * rebuild, with the same tables.
 */
@SpringBootTest(classes = ProjectionsTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:projections-resegmenting;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.main.banner-mode=off",
        "fiscal-ledger.projections.batch-size=200"})
class ProjectionResegmentingTest {
    private static final String PROCESSOR = LedgerProjection.PROCESSING_GROUP;
    // several aggregates, so that two segments both get events
    private static final List<LedgerKey> LEDGERS = List.of(
            LedgerKey.of(new UnitCode("300001"), new FiscalYear(2023)),
            LedgerKey.of(new UnitCode("300001"), new FiscalYear(2024)),
            LedgerKey.of(new UnitCode("300002"), new FiscalYear(2024)),
            LedgerKey.of(new UnitCode("300003"), new FiscalYear(2024)));

    @Autowired
    EventStore eventStore;
    @Autowired
    ProjectionReplay replay;
    @Autowired
    PublicTables tables;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStoreSplitIntoTwoSegmentsIsWorkedWholeAndARebuildGivesItTheOneSegmentOfTheEmbeddedDefault() throws Exception {
        TrackingEventProcessor processor = processing.eventProcessor(PROCESSOR, TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> segmentsStored() == 1);

        processor.shutDown();
        splitIntoTwoSegments();
        processor.start();
        for (LedgerKey key : LEDGERS) {
            HandMadeYear.appendTo(eventStore, key);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> replay.progress().finished()
                && jdbc.queryForObject("SELECT COUNT(DISTINCT unit || '/' || fiscal_year) FROM postings"
                + " WHERE unit LIKE '30000%'", Long.class) == LEDGERS.size());
        assertThat(processor.processingStatus()).hasSize(2);
        assertThat(jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? AND token IS NOT NULL",
                Integer.class, PROCESSOR)).containsExactlyInAnyOrder(0, 1);
        Map<String, Object> builtByTwoSegments = snapshot();

        ReplayProgress done = replay.replayAndWait(Duration.ofSeconds(60), p -> { });

        assertThat(done.finished()).isTrue();
        assertThat(segmentsStored()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().size() == 1);
        assertThat(snapshot()).isEqualTo(builtByTwoSegments);
    }

    /** What a store created under the former default holds: two segments, each where it had got to. */
    private void splitIntoTwoSegments() {
        TokenStore tokens = processing.tokenStore(PROCESSOR);
        transactions.executeInTransaction(() -> {
            TrackingToken at = tokens.fetchToken(PROCESSOR, 0);
            tokens.deleteToken(PROCESSOR, 0);
            tokens.initializeTokenSegments(PROCESSOR, 2, at);
        });
    }

    private int segmentsStored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?", Integer.class,
                PROCESSOR);
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (LedgerKey key : LEDGERS) {
            all.put(key.toString(), tables.renderAll(key, Cutoff.NONE));
        }
        for (String table : List.of("postings ORDER BY seq, line_no", "ledgers ORDER BY unit, fiscal_year")) {
            all.put(table, jdbc.queryForList("SELECT * FROM " + table));
        }
        return all;
    }
}
