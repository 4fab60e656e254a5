package fiscalledger.projections.audit;

import java.util.List;

/**
 * An event processor: name, whether it runs, its segments (none for a subscribing processor, which handles each event
 * as it is stored), and the head (highest sequence) of the event store.
 */
public record ProcessorStatus(String name, boolean running, boolean inError, List<SegmentStatus> segments, long head) {

    public boolean streaming() {
        return !segments.isEmpty();
    }

    /** The largest lag of any segment (how far the read models are behind the store); 0 for a subscribing one. */
    public long lag() {
        return segments.stream().map(SegmentStatus::lag).mapToLong(l -> l == null ? head : l).max().orElse(0);
    }

    public boolean replaying() {
        return segments.stream().anyMatch(SegmentStatus::replaying);
    }
}
