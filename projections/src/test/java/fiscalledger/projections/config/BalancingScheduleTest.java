package fiscalledger.projections.config;

import fiscalledger.projections.scaleout.SegmentBalancer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the balancing schedule as the context closes: a round under way finishes, uninterrupted, before this
 * process leaves the nodes table (and before the connection pool can close under it).
 */
class BalancingScheduleTest {

    /** A balancer whose first round waits until released, recording what happened in which order. */
    private static final class HeldBalancer extends SegmentBalancer {
        final List<String> happened = new CopyOnWriteArrayList<>();
        final CountDownLatch inRound = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldBalancer() {
            super(null, null, "ledger-projections", "test-node", Duration.ofSeconds(15), Duration.ofSeconds(15));
        }

        @Override
        public void balance() {
            if (inRound.getCount() == 0) {
                return;
            }
            inRound.countDown();
            try {
                release.await();
                happened.add("round finished");
            } catch (InterruptedException e) {
                happened.add("round interrupted");
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void leave() {
            happened.add("left");
        }
    }

    @Test
    void stoppingLetsTheRoundUnderWayFinishUninterruptedAndThenLeaves() throws Exception {
        HeldBalancer balancer = new HeldBalancer();
        SegmentBalancingConfiguration.BalancingSchedule schedule =
                new SegmentBalancingConfiguration.BalancingSchedule(balancer, Duration.ofHours(1), true);
        schedule.start();
        assertThat(balancer.inRound.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(schedule::stop);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !stopping.isDone());
        balancer.release.countDown();
        stopping.get(10, TimeUnit.SECONDS);

        assertThat(balancer.happened).containsExactly("round finished", "left");
        assertThat(schedule.isRunning()).isFalse();
    }
}
