package fiscalledger.projections.config;

import fiscalledger.projections.readmodel.ReadModelSchema;

/**
 * How many segments the read-model processor splits the event stream into, and how many threads a process gives it.
 * <p>
 * On H2 (the embedded default) one segment: the store is one process's file and H2 commits one transaction at a
 * time, so a second segment adds no parallel writing, while every segment reads the whole event stream and commits its
 * token for each batch. All events of a unit-year belong to one aggregate, hence to one segment: with two, the second
 * segment's threads read and skipped every event of a one-unit store and doubled its commits: warm rebuilds of 100,000
 * events ran at 47,000–49,000 events/s where one segment runs at a median of 57,000–59,000 and up to 100,000; with
 * four unit-years two segments rebuilt at half the rate of one, waiting for each other (docs/read-side.md,
 * "Fifth round").
 * On PostgreSQL two, so that a second process (a worker, another shell) finds work to share.
 * <p>
 * A process runs at least two threads, so that a store whose tokens were split into two segments before the default
 * changed keeps both segments worked until the next {@code replay} splits it anew
 * ({@link fiscalledger.projections.replay.ProjectionReplay}).
 */
public record ProjectionSegments(int segments, int threads) {

    public ProjectionSegments {
        if (segments < 1 || threads < segments) {
            throw new IllegalArgumentException("segments must be at least 1 and threads at least segments: "
                    + segments + ", " + threads);
        }
    }

    /** {@code configured}: the {@code fiscal-ledger.projections.segments} setting, blank when not set. */
    public static ProjectionSegments of(String configured, ReadModelSchema.Dialect dialect) {
        int segments;
        if (configured == null || configured.isBlank()) {
            segments = dialect == ReadModelSchema.Dialect.H2 ? 1 : 2;
        } else {
            try {
                segments = Integer.parseInt(configured.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fiscal-ledger.projections.segments must be a whole number of"
                        + " segments, not '" + configured + "'");
            }
            if (segments < 1) {
                throw new IllegalArgumentException("fiscal-ledger.projections.segments must be at least 1, not "
                        + segments);
            }
        }
        return new ProjectionSegments(segments, Math.max(2, segments));
    }
}
