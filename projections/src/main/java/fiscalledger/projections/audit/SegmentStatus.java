package fiscalledger.projections.audit;

/**
 * One segment of a streaming processor: its token position (null before its first event), whether it is replaying
 * or has caught up, its error (null when none) and how many events of the store it is behind (null when unknown).
 */
public record SegmentStatus(int segment, Long position, boolean replaying, boolean caughtUp, String error, Long lag) {
}
