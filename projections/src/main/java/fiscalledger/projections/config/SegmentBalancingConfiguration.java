package fiscalledger.projections.config;

import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.scaleout.SegmentBalancer;
import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Several processes on one database share the projection work: each runs a {@link SegmentBalancer} every
 * {@code fiscal-ledger.projections.balance-interval} (default 5s). A process counts as gone when its heartbeat is older
 * than the token claim timeout ({@code fiscal-ledger.token-claim-timeout}) or three intervals, whichever is longer.
 * With one process (the embedded H2 default) the balancer finds nothing to hand over.
 */
@Configuration(proxyBeanMethods = false)
public class SegmentBalancingConfiguration {

    @Bean
    public SegmentBalancer ledgerProjectionBalancer(@Lazy EventProcessingConfiguration processing,
                                                    JdbcTemplate projectionsJdbcTemplate,
                                                    @Value("${fiscal-ledger.node-id:}") String nodeId,
                                                    @Value("${fiscal-ledger.token-claim-timeout:10s}") Duration claimTimeout,
                                                    @Value("${fiscal-ledger.projections.balance-interval:5s}") Duration interval,
                                                    fiscalledger.ledger.access.StoreAccess storeAccess) {
        Duration liveness = max(claimTimeout, interval.multipliedBy(3));
        SegmentBalancer balancer = new SegmentBalancer(processing, projectionsJdbcTemplate,
                LedgerProjection.PROCESSING_GROUP, nodeId.isBlank() ? defaultNodeId() : nodeId.strip(), liveness,
                max(Duration.ofSeconds(15), interval.multipliedBy(3)));
        if (!storeAccess.readOnly()) {
            balancer.createTable();
        }
        return balancer;
    }

    @Bean
    public SmartLifecycle ledgerProjectionBalancing(SegmentBalancer ledgerProjectionBalancer,
                                                    @Value("${fiscal-ledger.projections.balance-interval:5s}") Duration interval,
                                                    fiscalledger.ledger.access.StoreAccess storeAccess) {
        // a read-only process runs no segment of the processor: it has nothing to balance and may not write a heartbeat
        return new BalancingSchedule(ledgerProjectionBalancer, interval, !storeAccess.readOnly());
    }

    /** The same default as Axon's token store: the JVM's pid@host. */
    static String defaultNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Runs the balancer on one daemon thread while the context runs (after Axon's processors have started). */
    static final class BalancingSchedule implements SmartLifecycle {
        private static final Logger log = LoggerFactory.getLogger(BalancingSchedule.class);
        /** How long stopping waits for a round under way (a few statements: milliseconds). */
        private static final Duration ROUND_WAIT = Duration.ofSeconds(10);
        private final SegmentBalancer balancer;
        private final Duration interval;
        private ScheduledExecutorService executor;

        private final boolean enabled;

        BalancingSchedule(SegmentBalancer balancer, Duration interval, boolean enabled) {
            this.balancer = balancer;
            this.interval = interval;
            this.enabled = enabled;
        }

        @Override
        public synchronized void start() {
            if (!enabled) {
                return;
            }
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "segment-balancer");
                t.setDaemon(true);
                return t;
            });
            executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void round() {
            try {
                balancer.balance();
            } catch (RuntimeException e) {
                // a database hiccup must not end the schedule; the next round tries again
                log.warn("segment balancing failed: {}", e.getMessage());
            }
        }

        /**
         * Lets a round under way finish, then leaves. Interrupting it (as {@code shutdownNow} did) could land in H2's
         * file I/O, which an interrupt closes, and did not wait for it: the round's heartbeat could then be written
         * after {@link SegmentBalancer#leave()} (the process would count as alive until it aged out) or meet the
         * connection pool closed after the context.
         */
        @Override
        public synchronized void stop() {
            if (executor != null) {
                executor.shutdown();
                try {
                    if (!executor.awaitTermination(ROUND_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                        log.debug("a segment balancing round is still running after {}", ROUND_WAIT);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                executor = null;
                try {
                    balancer.leave();
                } catch (RuntimeException e) {
                    log.debug("could not leave processor_nodes: {}", e.getMessage());
                }
            }
        }

        @Override
        public synchronized boolean isRunning() {
            return executor != null;
        }

        @Override
        public int getPhase() {
            // after Axon's own lifecycle (processors start late), stop before it
            return Integer.MAX_VALUE - 1;
        }
    }
}
