package fiscalledger.projections.readmodel;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class PrefetchingMessageSourceTest {

    @Test
    void theProcessorReceivesEveryEventInStoreOrderWithItsOwnToken() throws Exception {
        FakeStore store = new FakeStore(2_500, -1);
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 16).openStream(null);

        List<Long> positions = new ArrayList<>();
        List<Object> payloads = new ArrayList<>();
        while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
            assertThat(stream.peek()).isPresent();
            TrackedEventMessage<?> m = stream.nextAvailable();
            positions.add(m.trackingToken().position().orElseThrow());
            payloads.add(m.getPayload());
        }
        stream.close();

        assertThat(positions).hasSize(2_500).isSorted().doesNotHaveDuplicates();
        assertThat(positions.get(0)).isZero();
        assertThat(payloads.get(2_499)).isEqualTo("event 2499");
    }

    @Test
    void theReaderDeserialisesAheadOfTheProcessor() throws Exception {
        FakeStore store = new FakeStore(100, -1);
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 200).openStream(null);

        // nothing taken yet, yet the reader has already done the lazy work of every event
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> store.payloadsRead.get() == 100);
        assertThat(store.readerThreads).allMatch(name -> name.startsWith("event-read-ahead-"));
        stream.close();
    }

    @Test
    void aStreamOpenedForOneSegmentDeserialisesAheadOnlyTheEventsThatSegmentHandles() throws Exception {
        FakeStore store = new FakeStore(100, -1);
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        tokens.initializeTokenSegments("projections", 2);
        SegmentNoticingTokenStore noticing = new SegmentNoticingTokenStore(tokens);
        // as the processor does: fetch the segment's token, then open the stream with it, in one thread
        TrackingToken token = noticing.fetchToken("projections", 1);
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 200,
                segment -> event -> segment.matches(number(event) % 2)).openStream(token);

        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> store.served.get() == 100);
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> store.payloadsRead.get() == 50);
        List<Object> payloads = new ArrayList<>();
        while (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        stream.close();

        assertThat(payloads).hasSize(100).startsWith("event 0", "event 1");
        assertThat(store.readerThreads.subList(0, 50)).allMatch(name -> name.startsWith("event-read-ahead-"));
        assertThat(store.readerThreads).hasSize(100);
        assertThat(store.readerThreads.subList(50, 100)).noneMatch(name -> name.startsWith("event-read-ahead-"));
    }

    @Test
    void aStreamOpenedWithoutASegmentDeserialisesEveryEventAhead() throws Exception {
        FakeStore store = new FakeStore(100, -1);
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 200,
                segment -> event -> false).openStream(null);

        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> store.payloadsRead.get() == 100);
        stream.close();
    }

    private static int number(TrackedEventMessage<?> event) {
        return Integer.parseInt(event.getIdentifier());
    }

    @Test
    void aBatchIsNotCutShortWhileTheReaderFetchesTheNextRows() throws Exception {
        // the store pauses every 20 events as a database fetch would; the processor ends a batch at an empty peek
        FakeStore store = new FakeStore(200, -1);
        store.fetchPauseMillis = 5;
        // the peek's bound is long here: on a loaded machine the reader can be kept off the CPU past the 50 ms of a
        // real processor's peek, which then ends its batch early by design (one commit more), and this test would fail
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 1000, segment -> event -> true,
                java.time.Duration.ofSeconds(30)).openStream(null);

        assertThat(stream.hasNextAvailable(2, TimeUnit.SECONDS)).isTrue();
        stream.nextAvailable();
        int batch = 1;
        while (stream.peek().isPresent()) {
            stream.nextAvailable();
            batch++;
        }
        stream.close();

        assertThat(batch).isEqualTo(200);
    }

    @Test
    void aReadFailureReachesTheProcessorAfterTheEventsReadBeforeIt() throws Exception {
        FakeStore store = new FakeStore(50, 30);
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 8).openStream(null);

        List<Long> positions = new ArrayList<>();
        assertThatThrownBy(() -> {
            while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                positions.add(stream.nextAvailable().trackingToken().position().orElseThrow());
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("disk gone at 30");
        assertThat(positions).hasSize(30).endsWith(29L);
        stream.close();
    }

    @Test
    void closingTheStreamStopsTheReaderAndClosesTheStoreStream() throws Exception {
        FakeStore store = new FakeStore(10_000, -1);
        BlockingStream<TrackedEventMessage<?>> stream = new PrefetchingMessageSource(store, 4).openStream(null);
        stream.nextAvailable();

        stream.close();

        await().atMost(java.time.Duration.ofSeconds(5)).untilTrue(store.closed);
        assertThat(store.served.get()).isLessThan(10_000);
    }

    @Test
    void aProcessorWaitingForEventsIsLetGoAtOnceWhenWokenUpAndStillReceivesEveryEventAfterwards() throws Exception {
        FakeStore store = new FakeStore(3, -1);
        PrefetchingMessageSource source = new PrefetchingMessageSource(store, 4);
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        for (int i = 0; i < 3; i++) {
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            stream.nextAvailable();
        }

        // the store has nothing more: the processor would wait the whole minute
        java.util.concurrent.CompletableFuture<Boolean> waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return stream.hasNextAvailable(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        while (!waiting.isDone() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10)) {
            source.wakeUpWaitingProcessors();
            Thread.sleep(20);
        }

        assertThat(waiting.get(1, TimeUnit.SECONDS)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
        // a wake-up left behind ends one wait early, and hides no event
        assertThat(stream.peek()).isEmpty();
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
        stream.close();
    }

    @Test
    void aWakeUpWhileEventsAreQueuedLosesNone() throws Exception {
        FakeStore store = new FakeStore(500, -1);
        PrefetchingMessageSource source = new PrefetchingMessageSource(store, 200);
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);

        List<Long> positions = new ArrayList<>();
        // a wake-up before the reader has queued anything ends that wait without an event; the loop is bounded by
        // time, not by how often that happens (the reader may be slow on a loaded machine)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (positions.size() < 500 && System.nanoTime() < deadline) {
            source.wakeUpWaitingProcessors();
            if (stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                positions.add(stream.nextAvailable().trackingToken().position().orElseThrow());
            }
        }
        stream.close();

        assertThat(positions).hasSize(500).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void tokensAreCreatedByTheStore() {
        FakeStore store = new FakeStore(3, -1);
        PrefetchingMessageSource source = new PrefetchingMessageSource(store, 4);

        assertThat(source.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(2));
        assertThat(source.createTailToken()).isNull();
    }

    /** A store of {@code size} events whose stream fails when asked for event {@code failAt} (or never, if -1). */
    private static final class FakeStore implements StreamableMessageSource<TrackedEventMessage<?>> {
        final int size;
        final int failAt;
        volatile int fetchPauseMillis;
        final AtomicInteger served = new AtomicInteger();
        final AtomicInteger payloadsRead = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final List<String> readerThreads = java.util.Collections.synchronizedList(new ArrayList<>());

        FakeStore(int size, int failAt) {
            this.size = size;
            this.failAt = failAt;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            return new BlockingStream<>() {
                int next;

                @Override
                public Optional<TrackedEventMessage<?>> peek() {
                    throw new UnsupportedOperationException("the read-ahead only takes events");
                }

                @Override
                public boolean hasNextAvailable(int timeout, TimeUnit unit) {
                    if (fetchPauseMillis > 0 && next > 0 && next % 20 == 0) {
                        try {
                            Thread.sleep(fetchPauseMillis);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    if (next == failAt) {
                        throw new IllegalStateException("disk gone at " + next);
                    }
                    return next < size;
                }

                @Override
                public TrackedEventMessage<?> nextAvailable() {
                    int i = next++;
                    served.incrementAndGet();
                    GenericEventMessage<String> event = new GenericEventMessage<>(
                            new GenericMessage<>(Integer.toString(i), "event " + i, MetaData.emptyInstance()),
                            java.time.Instant::now) {
                        boolean read;

                        @Override
                        public String getPayload() {
                            // counted once, as a deserialised payload is kept
                            if (!read) {
                                read = true;
                                payloadsRead.incrementAndGet();
                                readerThreads.add(Thread.currentThread().getName());
                            }
                            return super.getPayload();
                        }
                    };
                    return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(i), event);
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            };
        }

        @Override
        public TrackingToken createHeadToken() {
            return new GlobalSequenceTrackingToken(size - 1);
        }

        @Override
        public TrackingToken createTailToken() {
            return null;
        }
    }
}
