package fiscalledger.ledger.command;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.command.OpenYearCommand;
import fiscalledger.ledger.catalog.CodeCatalog;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.List;
import java.util.Optional;

/**
 * Opening a unit-year, shared by the open-year command and a journal that starts with one: finds whether the year
 * exists, takes the closed previous year's balances when asked to carry forward, checks and creates.
 */
final class YearOpening {

    private final Repository<FiscalYearLedger> ledgers;
    private final EventStore eventStore;

    YearOpening(Repository<FiscalYearLedger> ledgers, EventStore eventStore) {
        this.ledgers = ledgers;
        this.eventStore = eventStore;
    }

    Optional<Aggregate<FiscalYearLedger>> find(LedgerKey key) {
        // asking the store first spares the repository a logged "not found" for every year that is being opened; it
        // asks for the year's first event, one index look-up (its last sequence number would read the whole year's
        // index, and a journal asks before each chunk)
        try {
            if (!eventStore.readEvents(key.id(), 0).hasNext()) {
                return Optional.empty();
            }
            return Optional.of(ledgers.load(key.id()));
        } catch (AggregateNotFoundException notOpened) {
            return Optional.empty();
        }
    }

    /** The balances the year opens with; problems (e.g. the previous year not closed) go into {@code problems}. */
    List<OpeningBalance> openingBalances(OpenYearCommand command, Problems problems) {
        if (!command.carryForward()) {
            return command.openingBalances() == null ? List.of() : command.openingBalances();
        }
        if (command.openingBalances() != null && !command.openingBalances().isEmpty()) {
            return List.of(); // both ways at once: checkOpening says so, no need to read the previous year
        }
        LedgerKey previous = LedgerKey.of(command.unit(), command.year().previous());
        Optional<Aggregate<FiscalYearLedger>> ledger = find(previous);
        if (ledger.isEmpty()) {
            problems.error("carry_forward", "year " + previous.year() + " of unit " + previous.unit()
                    + " was never opened, so there are no balances to carry forward; give the opening balances instead");
            return List.of();
        }
        Optional<List<OpeningBalance>> carried = ledger.get().invoke(FiscalYearLedger::carriedForward);
        if (carried.isEmpty()) {
            problems.error("carry_forward", "year " + previous.year() + " of unit " + previous.unit()
                    + " is not closed; close it before carrying its balances forward");
            return List.of();
        }
        return carried.get();
    }

    /**
     * Checks the opening; without problems creates the year and returns it. {@code audit} goes into the opening
     * event's metadata ({@link AuditCorrelation}: empty unless the command's correlation data leaves it out).
     */
    Optional<Aggregate<FiscalYearLedger>> open(OpenYearCommand command, CodeCatalog catalog, Problems problems,
                                               MetaData audit) throws Exception {
        List<OpeningBalance> balances = openingBalances(command, problems);
        FiscalYearLedger.checkOpening(command, balances, catalog, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(ledgers.newInstance(() -> new FiscalYearLedger(command, balances, problems.location(), audit)));
    }
}
