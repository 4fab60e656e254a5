package fiscalledger.ledger.command;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.JournalRejectedException;
import fiscalledger.ledger.api.command.OpenYearCommand;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.ledger.config.LedgerSnapshotTriggerDefinition;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records a whole journal of one unit-year in one unit of work. If the year is not open yet, the first entry may be
 * its {@link OpenYearCommand}: the year is created in the same transaction, so a rejected journal leaves no opened
 * year behind. Any problem in any entry rejects the whole journal ({@link JournalRejectedException}).
 */
@Component
public class JournalHandler {

    private final YearOpening opening;
    private final EventStore eventStore;

    public JournalHandler(@Qualifier("fiscalYearLedgerRepository") Repository<FiscalYearLedger> ledgers,
                              EventStore eventStore) {
        this.opening = new YearOpening(ledgers, eventStore);
        this.eventStore = eventStore;
    }

    @CommandHandler
    public RecordingResult handle(RecordJournalCommand command, MetaData metaData, CodeCatalog catalog,
                                  LedgerPolicy policy) throws Exception {
        // read once here rather than for each event by Axon's correlation data (AuditCorrelation)
        MetaData audit = AuditCorrelation.of(metaData);
        List<JournalEntry> entries = command.entries() == null ? List.of() : command.entries();
        if (entries.isEmpty()) {
            return RecordingResult.NOTHING;
        }
        Optional<Aggregate<FiscalYearLedger>> ledger = opening.find(command.ledger());
        RecordingResult opened = RecordingResult.NOTHING;
        List<JournalEntry> rest = entries;
        if (ledger.isEmpty()) {
            JournalEntry first = entries.get(0);
            Problems problems = Problems.of(first);
            if (!(first.command() instanceof OpenYearCommand open)) {
                problems.error("type", FiscalYearLedger.notOpen(command.ledger())
                        + "; open it first, or start the journal with its open-year line");
                // said, so that an officer who opens the year expects the rest of the entries' problems next
                throw new JournalRejectedException(withUnchecked(problems.errors(), first, entries.size(),
                        "the year is not open"));
            }
            if (!open.ledger().equals(command.ledger())) {
                problems.error("unit", "the journal is for " + command.ledger() + " but opens " + open.ledger());
                throw new JournalRejectedException(problems.errors());
            }
            ledger = opening.open(open, catalog, problems, audit);
            if (ledger.isEmpty()) {
                throw new JournalRejectedException(withUnchecked(problems.errors(), first, entries.size(),
                        "the year could not be opened"));
            }
            opened = RecordingResult.recordedOne(problems.warnings());
            rest = entries.subList(1, entries.size());
        }
        List<JournalEntry> remaining = rest;
        RecordingResult result = opened.plus(ledger.get().invoke(l -> l.recordJournal(remaining, catalog, policy, audit)));
        snapshotIfDue(ledger.get(), audit);
        return result;
    }

    /**
     * The snapshot trigger leaves a journal's snapshot to this handler ({@link LedgerSnapshotTriggerDefinition}):
     * the year in memory is exactly what Axon's snapshotter would rebuild by reading back and replaying the events
     * since the last snapshot. It is stored once the command's events are, in the same database transaction.
     */
    private void snapshotIfDue(Aggregate<FiscalYearLedger> ledger, MetaData audit) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        if (unitOfWork.resources().remove(LedgerSnapshotTriggerDefinition.SNAPSHOT_DUE) == null) {
            return;
        }
        FiscalYearLedger year = ledger.invoke(l -> l);
        String type = ledger.type();
        String id = ledger.identifierAsString();
        long version = ledger.version();
        unitOfWork.afterCommit(u -> eventStore.storeSnapshot(new GenericDomainEventMessage<>(type, id, version, year, audit)));
    }

    /** The problems of a journal's first entry and, when more follow, that they were not checked and why. */
    private static List<EntryProblem> withUnchecked(List<EntryProblem> problems, JournalEntry first, int entries,
                                                    String because) {
        List<EntryProblem> errors = new ArrayList<>(problems);
        if (entries > 1) {
            errors.add(new EntryProblem(first.source(), first.line(), first.command().voucher(), "",
                    (entries == 2 ? "the other entry was" : "the other " + (entries - 1) + " entries were")
                            + " not checked because " + because));
        }
        return errors;
    }
}
