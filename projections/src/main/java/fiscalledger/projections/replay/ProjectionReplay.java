package fiscalledger.projections.replay;

import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.readmodel.PrefetchingMessageSource;
import fiscalledger.projections.readmodel.ReadModelSchema;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Rebuilds every read model from the event store: the tracking processor is shut down, its tokens reset (its reset
 * handler recreates any dropped table and empties them all; a store whose tokens have another segment count than the
 * configured one is given the configured count, {@link TokenResegmenting}) and started again; it then replays the
 * whole store.
 * Progress is the lowest position any segment has reached against the head of the store.
 */
public class ProjectionReplay {
    private static final Duration REPORT_EVERY = Duration.ofMillis(200);
    private static final int DONE_CHECK_MILLIS = 20;
    private static final Duration LAUNCH_WAIT = Duration.ofSeconds(10);
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ReadModelSchema schema;
    private final String storeRefusal;
    private final TokenResegmenting resegmenting;
    private final RebuildWriteDelay writeDelay;
    private volatile OffsetDateTime resumed;

    /**
     * {@code storeRefusal}: why this process cannot write its store (null when it can); a rebuild writes.
     * {@code resegmenting}: the segment count a rebuild gives the processor's tokens. {@code writeDelay}: how the
     * store writes while {@link #replayAndWait} waits.
     */
    public ProjectionReplay(EventProcessingConfiguration processing, EventStore eventStore, ReadModelSchema schema,
                            String storeRefusal, TokenResegmenting resegmenting, RebuildWriteDelay writeDelay) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.schema = schema;
        this.storeRefusal = storeRefusal;
        this.resegmenting = resegmenting;
        this.writeDelay = writeDelay;
    }

    /**
     * Starts again, at start-up, a rebuild that began at {@code begun} and was interrupted (see
     * {@link RebuildResumption}), and remembers it for {@link #resumedAtStart()}.
     */
    public ReplayProgress resume(OffsetDateTime begun) {
        ReplayProgress started = start();
        resumed = begun;
        return started;
    }

    /** When the interrupted rebuild this process resumed at start-up had begun, if it resumed one. */
    public Optional<OffsetDateTime> resumedAtStart() {
        return Optional.ofNullable(resumed);
    }

    /** Starts a rebuild and returns at once; follow it with {@link #progress()}. */
    public synchronized ReplayProgress start() {
        refuseIfReadOnly();
        TrackingEventProcessor processor = processor();
        awaitLaunched(processor);
        stop(processor);
        // the reset handler empties the tables, so they must exist again if someone dropped them
        schema.create();
        resegmenting.resetIn(processing.tokenStore(LedgerProjection.PROCESSING_GROUP),
                LedgerProjection.PROCESSING_GROUP, processor::resetTokens);
        processor.start();
        return progress();
    }

    private void refuseIfReadOnly() {
        if (storeRefusal != null) {
            throw new IllegalStateException("cannot rebuild the read models here: " + storeRefusal
                    + "; run replay in a process that can write the store");
        }
    }

    /**
     * Waits (at most {@link #LAUNCH_WAIT}) until the processor has taken up every segment it can work. Axon's tracking
     * processor stopped while its launcher is still claiming segments can come back with a segment claimed by this
     * process that no thread works: `replay` given right at start-up ({@code -e replay}) then stayed at 100 % for
     * ever, one segment never replayed (seen before and after the stop was made prompt). A segment another process
     * holds is not waited for beyond the limit; the reset then fails as it did, asking for every segment.
     */
    private void awaitLaunched(TrackingEventProcessor processor) {
        long deadline = System.nanoTime() + LAUNCH_WAIT.toNanos();
        int segments = processing.tokenStore(LedgerProjection.PROCESSING_GROUP)
                .fetchSegments(LedgerProjection.PROCESSING_GROUP).length;
        int workable = Math.min(segments, processor.maxCapacity());
        while (processor.isRunning() && processor.processingStatus().size() < workable
                && System.nanoTime() - deadline < 0) {
            try {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Stops the processor without waiting for its idle threads to look up by themselves: each waits for the next event
     * up to a second at a time and checks whether it was stopped only then.
     */
    private static void stop(TrackingEventProcessor processor) {
        CompletableFuture<Void> stopped = processor.shutdownAsync();
        if (processor.getMessageSource() instanceof PrefetchingMessageSource readAhead) {
            readAhead.wakeUpWaitingProcessors();
        }
        stopped.join();
    }

    /**
     * Rebuilds and waits until the read models have caught up, reporting progress every 200 ms. It looks whether the
     * rebuild is done every {@value #DONE_CHECK_MILLIS} ms: looking only when reporting made a rebuild seem 100 ms
     * longer on average (a rebuild of 100,000 events takes about two seconds).
     */
    public ReplayProgress replayAndWait(Duration timeout, Consumer<ReplayProgress> listener) throws TimeoutException {
        refuseIfReadOnly();
        try (RebuildWriteDelay.Handle delayed = writeDelay.begin()) {
            return awaitRebuilt(timeout, listener);
        }
    }

    private ReplayProgress awaitRebuilt(Duration timeout, Consumer<ReplayProgress> listener) throws TimeoutException {
        Instant deadline = Instant.now().plus(timeout);
        start();
        ReplayProgress p = progress();
        long nextReport = System.nanoTime();
        while (!p.finished()) {
            if (System.nanoTime() - nextReport >= 0) {
                listener.accept(p);
                nextReport = System.nanoTime() + REPORT_EVERY.toNanos();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("the rebuild did not finish within " + timeout + ": " + p);
            }
            try {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(DONE_CHECK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("rebuild interrupted at " + p, e);
            }
            p = progress();
        }
        listener.accept(p);
        return p;
    }

    /**
     * Waits until the read models have caught up with every event stored so far (after an import, before showing
     * tables or running checks). Returns the progress reached; {@code finished()} is false if the timeout passed.
     */
    public ReplayProgress awaitCaughtUp(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        ReplayProgress p = progress();
        while (!p.finished() && Instant.now().isBefore(deadline)) {
            try {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return p;
            }
            p = progress();
        }
        return p;
    }

    /**
     * When a rebuild began that was interrupted between emptying the read models and committing its replay tokens (H2
     * only), if one was: a writing process resumes it at start-up ({@link RebuildResumption}), a read-only one reads
     * the read models incomplete until then.
     */
    public Optional<OffsetDateTime> interruptedRebuild() {
        return schema.interruptedRebuild();
    }

    public ReplayProgress progress() {
        long tail = position(eventStore.createTailToken());
        long head = position(eventStore.createHeadToken());
        Collection<EventTrackerStatus> segments = processor().processingStatus().values();
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        // a segment this process has not claimed (yet, or because another process holds it) is not caught up here:
        // right after a start the processor may have launched only some of its segments
        int allSegments = processing.tokenStore(LedgerProjection.PROCESSING_GROUP)
                .fetchSegments(LedgerProjection.PROCESSING_GROUP).length;
        boolean caughtUp = !segments.isEmpty() && segments.size() >= allSegments
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        long reached = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(tail)).min().orElse(tail);
        long total = Math.max(0, head - tail);
        long done = Math.min(total, Math.max(0, reached - tail));
        return new ReplayProgress(done, total, replaying, caughtUp);
    }

    private static long position(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        OptionalLong p = token.position();
        return p.orElse(0);
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no tracking processor '"
                        + LedgerProjection.PROCESSING_GROUP + "' is configured"));
    }
}
