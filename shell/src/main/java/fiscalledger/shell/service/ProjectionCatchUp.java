package fiscalledger.shell.service;

import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.shell.command.CommandFailure;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The read models are filled by a tracking processor, a moment after the events are stored. A query run right
 * after an import (the next line of a script) must see that import, so every read first waits until the
 * processor has handled every event stored so far. When it is already there, this costs one MAX(index) query.
 * A process on a read-only store runs no processor and records nothing: it reads the read models as the writing
 * process left them, so there is nothing to wait for (`status` shows how far they are).
 */
public final class ProjectionCatchUp {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final boolean storeReadOnly;

    public ProjectionCatchUp(EventProcessingConfiguration processing, EventStore eventStore, boolean storeReadOnly) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storeReadOnly = storeReadOnly;
    }

    public void await() {
        if (storeReadOnly) {
            return;
        }
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong target = head == null ? OptionalLong.empty() : head.position();
        if (target.isEmpty()) {
            return;
        }
        StreamingEventProcessor processor = processing
                .eventProcessor(LedgerProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the read-model processor "
                        + LedgerProjection.PROCESSING_GROUP + " is not configured"));
        Instant deadline = Instant.now().plus(LIMIT);
        while (!reached(processor, target.getAsLong())) {
            if (Instant.now().isAfter(deadline)) {
                throw new CommandFailure("the read models are still catching up after " + LIMIT.toMinutes()
                        + " minutes; try again later");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandFailure("cancelled while the read models were catching up");
            }
        }
    }

    private static boolean reached(StreamingEventProcessor processor, long target) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (!coversTheWholeStream(status)) {
            return false;
        }
        for (EventTrackerStatus segment : status.values()) {
            if (segment.isErrorState()) {
                Throwable error = segment.getError();
                throw new CommandFailure("the read models stopped on an event: "
                        + (error == null ? "unknown error" : error.getMessage()));
            }
            if (segment.getCurrentPosition().orElse(-1) < target) {
                return false;
            }
        }
        return true;
    }

    /** Claimed segments must add up to the whole stream (segment i of n covers 1/n, n = mask + 1). */
    private static boolean coversTheWholeStream(Map<Integer, EventTrackerStatus> status) {
        if (status.isEmpty()) {
            return false;
        }
        long finest = status.values().stream().mapToLong(s -> s.getSegment().getMask() + 1L).max().orElse(1);
        long covered = status.values().stream().mapToLong(s -> finest / (s.getSegment().getMask() + 1L)).sum();
        return covered >= finest;
    }
}
