package fiscalledger.projections.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where each event processor stands: its segments' token positions, replay, errors and lag behind the store's head. */
public class ProcessorMonitor {
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredTokens storedTokens;

    public ProcessorMonitor(EventProcessingConfiguration processing, EventStore eventStore, StoredTokens storedTokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedTokens = storedTokens;
    }

    public List<ProcessorStatus> status() {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        List<ProcessorStatus> result = new ArrayList<>();
        for (Map.Entry<String, EventProcessor> e : new TreeMap<>(processing.eventProcessors()).entrySet()) {
            EventProcessor p = e.getValue();
            List<SegmentStatus> segments = new ArrayList<>();
            boolean inError = p.isError();
            boolean streamingProcessor = p instanceof StreamingEventProcessor;
            if (p instanceof StreamingEventProcessor streaming) {
                for (EventTrackerStatus s : new TreeMap<>(streaming.processingStatus()).values()) {
                    Long position = s.getCurrentPosition().isPresent() ? s.getCurrentPosition().getAsLong() : null;
                    String error = s.isErrorState() ? String.valueOf(s.getError() == null ? "error"
                            : s.getError().getMessage()) : null;
                    // Axon keeps a reset token "replaying" until an event past the reset point arrives; for the
                    // user a replay is over once the segment has reached the head of the store
                    boolean replaying = s.isReplaying() && (position == null || position < head);
                    segments.add(new SegmentStatus(s.getSegment().getSegmentId(), position, replaying,
                            s.isCaughtUp(), error, Math.max(0, head - (position == null ? 0 : position)), null));
                }
                segments.addAll(workedElsewhere(e.getKey(), segments, head));
                segments.sort(java.util.Comparator.comparingInt(SegmentStatus::segment));
            }
            result.add(new ProcessorStatus(e.getKey(), p.isRunning(), inError, streamingProcessor,
                    List.copyOf(segments), head));
        }
        return result;
    }

    /** The segments this process does not work, as their stored tokens say: another process's, or nobody's yet. */
    private List<SegmentStatus> workedElsewhere(String processor, List<SegmentStatus> here, long head) {
        List<SegmentStatus> elsewhere = new ArrayList<>();
        for (StoredTokens.StoredToken token : storedTokens.of(processor)) {
            if (here.stream().noneMatch(s -> s.segment() == token.segment())) {
                Long position = token.position();
                elsewhere.add(new SegmentStatus(token.segment(), position, false, false, null,
                        Math.max(0, head - (position == null ? 0 : position)),
                        token.owner() == null ? "" : token.owner()));
            }
        }
        return elsewhere;
    }
}
