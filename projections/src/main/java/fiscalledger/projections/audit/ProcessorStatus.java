package fiscalledger.projections.audit;

import java.util.List;

/** A read-model processor: name, whether it runs, its segments, and the head (highest sequence) of the event store. */
public record ProcessorStatus(String name, boolean running, boolean inError, List<SegmentStatus> segments, long head) {

    /** The largest lag of any segment (how far the read models are behind the store). */
    public long lag() {
        return segments.stream().map(SegmentStatus::lag).mapToLong(l -> l == null ? 0 : l).max().orElse(head);
    }

    public boolean replaying() {
        return segments.stream().anyMatch(SegmentStatus::replaying);
    }
}
