package fiscalledger.ledger.config;

import fiscalledger.ledger.api.command.RecordJournalCommand;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.io.Serializable;

/**
 * Snapshots a unit-year every {@code threshold} events, like Axon's {@code EventCountSnapshotTriggerDefinition},
 * except while a journal is being recorded. Axon's snapshotter re-reads and replays the events since the last
 * snapshot to build one, which during a bulk import cost as much as a sixth of the import; the journal's handler holds
 * the up-to-date year in memory anyway, so for a journal command the trigger only marks the unit of work
 * ({@link #SNAPSHOT_DUE}) and the handler stores that in-memory year as the snapshot once the command's events are
 * stored (see {@code JournalHandler}).
 * <p>
 * An import sends a unit-year in chunks, all in one transaction; every chunk but the last carries
 * {@link #JOURNAL_CONTINUES} in its metadata. Those chunks only count their events, so that the year is snapshotted
 * once, after the import's last chunk, instead of being serialised whole (megabytes by then) at every threshold: no
 * command between the chunks could use an intermediate snapshot anyway.
 */
public class LedgerSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    /** Unit-of-work resource set when a journal command crossed the threshold: the handler must snapshot the year. */
    public static final String SNAPSHOT_DUE = "fiscal-ledger.snapshot-due";

    /** Command metadata of a journal chunk that more chunks of the same unit-year follow in the same transaction. */
    public static final String JOURNAL_CONTINUES = "fiscal-ledger.journal-continues";

    private final Snapshotter snapshotter;
    private final int threshold;

    public LedgerSnapshotTriggerDefinition(Snapshotter snapshotter, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the snapshot threshold must be at least 1, not " + threshold);
        }
        this.snapshotter = snapshotter;
        this.threshold = threshold;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger counting) {
            counting.snapshotter = snapshotter;
        }
        return trigger;
    }

    /** Whether the current unit of work records a journal, whose handler snapshots the in-memory year itself. */
    static boolean recordingJournal() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getMessage() != null
                && CurrentUnitOfWork.get().getMessage().getPayload() instanceof RecordJournalCommand;
    }

    /** Whether the current unit of work records a journal chunk that more chunks of its unit-year follow. */
    static boolean journalContinues() {
        return recordingJournal()
                && Boolean.TRUE.equals(CurrentUnitOfWork.get().getMessage().getMetaData().get(JOURNAL_CONTINUES));
    }

    static final class Trigger implements SnapshotTrigger, Serializable {
        private static final long serialVersionUID = 1L;

        private transient Snapshotter snapshotter;
        private final Class<?> aggregateType;
        private final int threshold;
        private int counter;
        private boolean initialized;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
            this.snapshotter = snapshotter;
            this.aggregateType = aggregateType;
            this.threshold = threshold;
        }

        @Override
        public void eventHandled(EventMessage<?> msg) {
            if (msg instanceof DomainEventMessage<?> event && ++counter >= threshold && !journalContinues()) {
                counter = 0;
                snapshotAt(event);
            }
        }

        @Override
        public void initializationFinished() {
            initialized = true;
        }

        /**
         * As Axon's trigger: a year loaded by a long replay is snapshotted after the command, a busy one on commit. A
         * journal's year is complete in memory after the command either way, also when the journal opened it (a new
         * aggregate's trigger is never told that its initialisation finished).
         */
        private void snapshotAt(DomainEventMessage<?> event) {
            if (!CurrentUnitOfWork.isStarted()) {
                schedule(event);
            } else if (recordingJournal()) {
                CurrentUnitOfWork.get().resources().put(SNAPSHOT_DUE, Boolean.TRUE);
            } else if (!initialized) {
                CurrentUnitOfWork.get().onCleanup(u -> schedule(event));
            } else {
                CurrentUnitOfWork.get().onPrepareCommit(u -> schedule(event));
            }
        }

        private void schedule(DomainEventMessage<?> event) {
            snapshotter.scheduleSnapshot(aggregateType, event.getAggregateIdentifier());
        }
    }
}
