package fiscalledger.projections.audit;

import java.util.List;

/**
 * An event processor: name, whether it runs in this process, whether it is a streaming (tracking) processor, its
 * segments (none for a subscribing processor, which handles each event as it is stored; for a streaming one those
 * worked here and, from their stored tokens, those worked elsewhere or by nobody), and the head (highest sequence) of
 * the event store.
 */
public record ProcessorStatus(String name, boolean running, boolean inError, boolean streaming,
                              List<SegmentStatus> segments, long head) {

    /**
     * The largest lag of any segment (how far the read models are behind the store); 0 for a subscribing one; the
     * whole store for a streaming one without any stored token yet.
     */
    public long lag() {
        if (streaming && segments.isEmpty()) {
            return head;
        }
        return segments.stream().map(SegmentStatus::lag).mapToLong(l -> l == null ? head : l).max().orElse(0);
    }

    public boolean replaying() {
        return segments.stream().anyMatch(SegmentStatus::replaying);
    }

    /** Whether every segment is worked in this process. */
    public boolean allWorkedHere() {
        return segments.stream().allMatch(SegmentStatus::workedHere);
    }
}
