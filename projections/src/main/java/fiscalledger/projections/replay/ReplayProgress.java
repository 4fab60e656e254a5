package fiscalledger.projections.replay;

/**
 * How far the read models are: {@code done} of {@code total} events of the store (by global position), whether the
 * processor still counts itself in a replay, and whether every segment has caught up with the head of the store.
 */
public record ReplayProgress(long done, long total, boolean replaying, boolean caughtUp) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    /**
     * Every segment has reached the head of the store. (Axon keeps a segment flagged as replaying until the first
     * event after the reset point arrives, so the flag alone cannot say that the rebuild is done.)
     */
    public boolean finished() {
        return caughtUp && done >= total;
    }

    @Override
    public String toString() {
        return done + " / " + total + " events (" + percent() + "%)" + (finished() ? ", up to date" : "");
    }
}
