package fiscalledger.projections.replay;

import fiscalledger.projections.readmodel.ReadModelSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Finishes at start-up a rebuild that a killed process left half done: on H2 a rebuild's TRUNCATEs commit by
 * themselves before its replay tokens are stored, so a process killed in between leaves empty (or, after the
 * processor went on, partial) read models under the old, caught-up tokens, and the processor would go on from there.
 * The rebuild's marker ({@link ReadModelSchema#beginRebuild()}) tells; this then rebuilds again with
 * {@link ProjectionReplay#start()}, which waits for the just started processor to take up its segments before it
 * stops it, as for a {@code replay} given right at start-up. It runs once Axon's processors have started, and returns
 * when the rebuild is under way (the tokens reset, the marker gone): commands that show tables wait for it as for any
 * catching-up. A process that cannot write its store does not try.
 */
public final class RebuildResumption implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RebuildResumption.class);
    private final ProjectionReplay replay;
    private final boolean writable;
    private volatile boolean running;

    public RebuildResumption(ProjectionReplay replay, boolean writable) {
        this.replay = replay;
        this.writable = writable;
    }

    @Override
    public void start() {
        running = true;
        if (!writable) {
            return;
        }
        Optional<OffsetDateTime> begun = replay.interruptedRebuild();
        if (begun.isEmpty()) {
            return;
        }
        log.warn("A rebuild of the read models begun at {} was interrupted before it had committed: the read models"
                + " may be empty or incomplete. Resuming it: rebuilding every read model from the event store.",
                begun.get());
        try {
            replay.resume(begun.get());
        } catch (RuntimeException e) {
            // the process still starts: the records are intact, and `check` names the read models as incomplete
            log.error("Could not resume the interrupted rebuild of the read models ({}); the read models stay"
                    + " incomplete until `replay` is run.", e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // after Axon's lifecycle (Integer.MAX_VALUE - 3072), which starts the processors, before the balancer
        return Integer.MAX_VALUE - 2;
    }
}
