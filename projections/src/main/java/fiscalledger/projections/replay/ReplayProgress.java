package fiscalledger.projections.replay;

/**
 * How far the read models are: {@code done} of {@code total} events of the store (by global position), whether a
 * replay is still running, and whether every segment has caught up with the head of the store.
 */
public record ReplayProgress(long done, long total, boolean replaying, boolean caughtUp) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return caughtUp && !replaying && done >= total;
    }

    @Override
    public String toString() {
        return done + " / " + total + " events (" + percent() + "%)" + (finished() ? ", up to date" : "");
    }
}
