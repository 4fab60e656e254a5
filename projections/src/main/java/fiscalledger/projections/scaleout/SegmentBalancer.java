package fiscalledger.projections.scaleout;

import fiscalledger.ledger.config.SchemaCreation;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Spreads a tracking processor's segments over the processes that share one database. Axon lets the first process
 * claim every segment and never hands one over by itself; so every process announces itself in
 * {@code processor_nodes} (a heartbeat in the database's own clock), and a process that holds more than its fair share
 * (segments ÷ live processes, rounded up) releases the extra segments for a while, which an idle process then claims.
 * A process that dies stops renewing both its heartbeat and its token claims: after the claim timeout the others
 * claim its segments and carry on from its last committed token, so nothing is lost or applied twice.
 */
public class SegmentBalancer {
    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final String processorName;
    private final String nodeId;
    private final Duration liveness;
    private final Duration releaseFor;

    /**
     * @param liveness   a process whose heartbeat is older than this counts as gone (use the token claim timeout)
     * @param releaseFor how long a released segment is left to the others before this process may claim it again
     */
    public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, String processorName,
                           String nodeId, Duration liveness, Duration releaseFor) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.processorName = processorName;
        this.nodeId = nodeId;
        this.liveness = liveness;
        this.releaseFor = releaseFor;
    }

    public void createTable() {
        SchemaCreation.run(jdbc.getDataSource(), c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS processor_nodes ("
                        + "processor_name VARCHAR(255) NOT NULL, node_id VARCHAR(255) NOT NULL, "
                        + "heartbeat TIMESTAMP WITH TIME ZONE NOT NULL, "
                        + "CONSTRAINT pk_processor_nodes PRIMARY KEY (processor_name, node_id))");
            }
        });
    }

    /** One round: renew this process's heartbeat, then give up segments beyond its fair share. */
    public void balance() {
        heartbeat();
        TrackingEventProcessor processor = processing
                .eventProcessor(processorName, TrackingEventProcessor.class).orElse(null);
        if (processor == null || !processor.isRunning()) {
            return;
        }
        int segments = count("SELECT COUNT(*) FROM token_entry WHERE processor_name = ?");
        int nodes = Math.max(1, liveNodes());
        int fairShare = (segments + nodes - 1) / nodes;
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        int extra = mine.size() - fairShare;
        if (extra <= 0) {
            return;
        }
        mine.sort(Comparator.reverseOrder());
        for (int segment : mine.subList(0, extra)) {
            log.info("{}: {} live processes share {} segments; releasing segment {} of {} for {}",
                    processorName, nodes, segments, segment, processorName, releaseFor);
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Leaves the table when this process stops in an orderly way (a killed one simply ages out). */
    public void leave() {
        jdbc.update("DELETE FROM processor_nodes WHERE processor_name = ? AND node_id = ?", processorName, nodeId);
    }

    /** The node ids whose heartbeat is recent, by the database's clock, so process clocks need not agree. */
    public Set<String> liveNodeIds() {
        List<String> live = new ArrayList<>();
        jdbc.query("SELECT node_id, heartbeat, CURRENT_TIMESTAMP FROM processor_nodes WHERE processor_name = ?",
                rs -> {
                    OffsetDateTime beat = rs.getObject(2, OffsetDateTime.class);
                    OffsetDateTime now = rs.getObject(3, OffsetDateTime.class);
                    if (Duration.between(beat, now).compareTo(liveness) < 0) {
                        live.add(rs.getString(1));
                    }
                }, processorName);
        return Set.copyOf(live);
    }

    private int liveNodes() {
        Set<String> live = liveNodeIds();
        return live.contains(nodeId) ? live.size() : live.size() + 1;
    }

    private void heartbeat() {
        int updated = jdbc.update("UPDATE processor_nodes SET heartbeat = CURRENT_TIMESTAMP "
                + "WHERE processor_name = ? AND node_id = ?", processorName, nodeId);
        if (updated == 0) {
            jdbc.update("INSERT INTO processor_nodes (processor_name, node_id, heartbeat) "
                    + "VALUES (?, ?, CURRENT_TIMESTAMP)", processorName, nodeId);
        }
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class, processorName);
        return n == null ? 0 : n;
    }
}
