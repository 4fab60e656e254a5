package fiscalledger.projections.readmodel;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The event store as the read models' tracking processor sees it, read one step ahead: every stream the processor
 * opens gets a reader thread that fetches the events from the store, parses their timestamps and deserialises their
 * payload and metadata, and hands them over through a bounded queue. The processor's thread is left with running the
 * handlers and writing the read models, so a rebuild reads on one core while it writes on the other instead of
 * alternating between the two on one.
 * <p>
 * A stream opened for one segment of the processor (see {@link SegmentNoticingTokenStore}) deserialises only the events
 * that segment handles: all the events of a unit-year belong to one aggregate and so to one segment, and the other
 * segment's reader deserialised each of them for nothing, on the cores the busy segment needed.
 * <p>
 * Nothing the processor relies on changes: it still takes the events one at a time in the store's order, each with
 * its own tracking token, and stores its token with the read models in one transaction. A failure while reading is
 * handed to the processor once the events read before it have been taken (the processor then backs off and reopens
 * the stream); a failure while deserialising is left for the processor's thread to meet again, where its error
 * handling applies.
 */
public final class PrefetchingMessageSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    private static final Logger log = LoggerFactory.getLogger(PrefetchingMessageSource.class);
    private static final AtomicInteger READERS = new AtomicInteger();
    /** How long the reader waits for the store or for room in the queue before it looks whether it was closed. */
    private static final int POLL_MILLIS = 100;
    /**
     * How long {@link ReadAheadStream#peek()} waits for the next event while the reader is still behind the store.
     * The processor ends a batch at the first empty peek, and the store's own stream fetches the next rows while it is
     * asked; a peek that returned at once while the reader fetches would cut the batches short and multiply commits.
     * Bounded, because the processor also peeks while a batch is open: a reader starved of CPU on a loaded machine
     * ends a batch early (one commit more), never holds it open.
     */
    static final Duration PEEK_WAIT = Duration.ofMillis(50);

    private final StreamableMessageSource<TrackedEventMessage<?>> store;
    private final int capacity;
    private final Function<Segment, Predicate<TrackedEventMessage<?>>> handles;
    private final long peekWaitNanos;
    /** The streams open now, for {@link #wakeUpWaitingProcessors()}. */
    private final Set<ReadAheadStream> open = ConcurrentHashMap.newKeySet();

    /** A read-ahead that deserialises every event. */
    public PrefetchingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> store, int capacity) {
        this(store, capacity, segment -> event -> true);
    }

    /**
     * A read-ahead whose streams, when opened for a segment, deserialise only the events {@code handles} (the
     * processor's own decision, asked when the stream opens) says the segment handles.
     */
    public PrefetchingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> store, int capacity,
                                    Function<Segment, Predicate<TrackedEventMessage<?>>> handles) {
        this(store, capacity, handles, PEEK_WAIT);
    }

    /** With another bound on a peek's wait for the reader (tests that must not depend on the machine's load). */
    PrefetchingMessageSource(StreamableMessageSource<TrackedEventMessage<?>> store, int capacity,
                             Function<Segment, Predicate<TrackedEventMessage<?>>> handles, Duration peekWait) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the read-ahead must hold at least one event, not " + capacity);
        }
        this.store = store;
        this.capacity = capacity;
        this.handles = handles;
        this.peekWaitNanos = peekWait.toNanos();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        Optional<Segment> segment = SegmentNoticingTokenStore.takeSegmentFetchedByThisThread();
        log.debug("reading ahead from {} for {}", trackingToken, segment.map(Segment::toString).orElse("any segment"));
        Predicate<TrackedEventMessage<?>> wanted = segment
                .map(handles)
                .<Predicate<TrackedEventMessage<?>>>map(handled -> event -> wanted(handled, event))
                .orElse(event -> true);
        ReadAheadStream stream = new ReadAheadStream(store.openStream(trackingToken), capacity, wanted, open::remove,
                peekWaitNanos);
        open.add(stream);
        return stream;
    }

    /**
     * Lets every processor thread now waiting for the next event go at once, as though none had come in its time:
     * call it after telling the processor to stop. An idle processor waits for events a second at a time (Axon's
     * event availability timeout) and looks whether it was stopped only in between, so stopping it for a rebuild
     * cost up to a second (0.8–1.0 s measured, a third of a rebuild of 100,000 events).
     */
    public void wakeUpWaitingProcessors() {
        open.forEach(ReadAheadStream::wakeUp);
    }

    private static boolean wanted(Predicate<TrackedEventMessage<?>> handled, TrackedEventMessage<?> event) {
        try {
            return handled.test(event);
        } catch (RuntimeException e) {
            // undecided: deserialise it, as without a segment
            return true;
        }
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    /**
     * One opened stream: a reader thread fills the queue, the processor's thread empties it. Events travel in chunks
     * of up to {@value #CHUNK}: handed over one at a time, every event the processor took woke the waiting reader
     * (and every event the reader queued woke a waiting processor), a pair of thread switches per event that cost
     * both threads more CPU than the hand-over saved.
     */
    static final class ReadAheadStream implements BlockingStream<TrackedEventMessage<?>> {
        static final int CHUNK = 128;
        /** Queued to end a processor's wait with no event (compared by identity, never handed out). */
        private static final List<TrackedEventMessage<?>> WAKE_UP = new ArrayList<>(0);
        private final BlockingStream<TrackedEventMessage<?>> source;
        /** The events the stream's processor will handle, which alone are deserialised ahead. */
        private final Predicate<TrackedEventMessage<?>> wanted;
        private final BlockingQueue<List<TrackedEventMessage<?>>> queue;
        private volatile boolean closed;
        /** The store had no further event when the reader last asked: a peek then need not wait. */
        private volatile boolean caughtUp;
        private volatile RuntimeException failure;
        private final java.util.function.Consumer<ReadAheadStream> onClose;
        /** A {@link #WAKE_UP} was taken from the queue: the current wait ends without an event (consumer side only). */
        private boolean wokenUp;
        /** The chunk the processor is taking events from, and the position of its next event (consumer side only). */
        private List<TrackedEventMessage<?>> chunk = List.of();
        private int position;
        private final long peekWaitNanos;

        ReadAheadStream(BlockingStream<TrackedEventMessage<?>> source, int capacity,
                        Predicate<TrackedEventMessage<?>> wanted, java.util.function.Consumer<ReadAheadStream> onClose,
                        long peekWaitNanos) {
            this.peekWaitNanos = peekWaitNanos;
            this.source = source;
            this.wanted = wanted;
            this.onClose = onClose;
            this.queue = new ArrayBlockingQueue<>(Math.max(2, (capacity + CHUNK - 1) / CHUNK));
            Thread reader = new Thread(this::read, "event-read-ahead-" + READERS.incrementAndGet());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            List<TrackedEventMessage<?>> filling = new ArrayList<>(CHUNK);
            try {
                while (!closed) {
                    if (!source.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
                        // hand over what was read before waiting for the store, so the processor need not wait too
                        if (!filling.isEmpty()) {
                            hand(filling);
                            filling = new ArrayList<>(CHUNK);
                        }
                        caughtUp = true;
                        if (!source.hasNextAvailable(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                            continue;
                        }
                    }
                    caughtUp = false;
                    TrackedEventMessage<?> message = source.nextAvailable();
                    if (wanted.test(message)) {
                        prepare(message);
                    }
                    filling.add(message);
                    if (filling.size() == CHUNK) {
                        hand(filling);
                        filling = new ArrayList<>(CHUNK);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(filling, new IllegalStateException("reading the event store ahead was interrupted", e));
            } catch (RuntimeException e) {
                fail(filling, e);
            } catch (Error e) {
                // the processor must not wait for events from a reader that died
                fail(filling, new IllegalStateException("the event reader stopped: " + e, e));
                throw e;
            } finally {
                source.close();
            }
        }

        /** Queues a chunk, waiting for room while the processor is busy with earlier events. */
        private void hand(List<TrackedEventMessage<?>> events) throws InterruptedException {
            while (!closed && !queue.offer(events, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // the processor is busy with earlier events: wait for room
            }
        }

        /** The events read before a failure still reach the processor, the failure after them. */
        private void fail(List<TrackedEventMessage<?>> readBefore, RuntimeException e) {
            if (!readBefore.isEmpty()) {
                try {
                    hand(readBefore);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            failure = e;
        }

        /** Does the lazy work of the message (timestamp, metadata, payload) here rather than in the processor's thread. */
        private static void prepare(TrackedEventMessage<?> message) {
            try {
                message.getTimestamp();
                message.getMetaData();
                message.getPayload();
            } catch (RuntimeException e) {
                // not cached: the processor's thread deserialises it again, fails there and handles it as an error
                log.debug("could not deserialise event {} ahead: {}", message.getIdentifier(), e.getMessage());
            }
        }

        /**
         * Ends a wait of the processor's thread for the next event, if there is one: an empty queue is the only
         * place such a wait can be, and a marker put there when nobody waits merely makes the next wait end at
         * once. A full queue means the processor is not waiting.
         */
        void wakeUp() {
            if (queue.isEmpty()) {
                queue.offer(WAKE_UP);
            }
        }

        /** Makes the next event the head of {@link #chunk}, taking the next chunk if needed, waiting at most {@code nanos}. */
        private boolean advance(long nanos) throws InterruptedException {
            if (position < chunk.size()) {
                return true;
            }
            List<TrackedEventMessage<?>> next = nanos <= 0 ? queue.poll() : queue.poll(nanos, TimeUnit.NANOSECONDS);
            if (next == WAKE_UP) {
                wokenUp = true;
                return false;
            }
            if (next == null) {
                return false;
            }
            chunk = next;
            position = 0;
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            long deadline = System.nanoTime() + peekWaitNanos;
            try {
                wokenUp = false;
                boolean available = advance(0);
                while (!available && !wokenUp && !caughtUp && !closed && failure == null
                        && System.nanoTime() < deadline) {
                    available = advance(TimeUnit.MILLISECONDS.toNanos(1));
                }
                return available ? Optional.of(chunk.get(position)) : Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            wokenUp = false;
            do {
                long wait = Math.max(0, Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
                if (advance(wait)) {
                    return true;
                }
                rethrowFailureOnceDrained();
            } while (!wokenUp && System.nanoTime() < deadline);
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!advance(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS))) {
                rethrowFailureOnceDrained();
            }
            return chunk.get(position++);
        }

        /** The reader stops at its first failure, after queueing every event read before it. */
        private void rethrowFailureOnceDrained() {
            RuntimeException e = failure;
            if (e != null && queue.isEmpty() && position >= chunk.size()) {
                throw e;
            }
        }

        @Override
        public void close() {
            // the reader closes the store's stream itself on its way out: that stream is not shared between threads
            closed = true;
            onClose.accept(this);
            queue.clear();
            chunk = List.of();
            position = 0;
        }
    }
}
