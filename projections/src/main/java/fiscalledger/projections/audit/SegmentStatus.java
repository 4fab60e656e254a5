package fiscalledger.projections.audit;

/**
 * One segment of a streaming processor: its token position (null before its first event), whether it is replaying
 * or has caught up, its error (null when none), how many events of the store it is behind (null when unknown), and
 * who works it: null when this process does, else the owner stored with its token ("" when nobody holds the claim).
 * A segment worked elsewhere is seen through its stored token only: it is never "replaying" or "caught up" here.
 */
public record SegmentStatus(int segment, Long position, boolean replaying, boolean caughtUp, String error, Long lag,
                            String heldElsewhereBy) {

    public boolean workedHere() {
        return heldElsewhereBy == null;
    }
}
