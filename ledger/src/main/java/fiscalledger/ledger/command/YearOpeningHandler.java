package fiscalledger.ledger.command;

import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.OpenYearCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.catalog.CodeCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Opens a unit-year. Outside the aggregate because carrying forward reads another aggregate (the previous year) and
 * because opening the same year again with the same voucher must be a no-op rather than a duplicate-key failure.
 */
@Component
public class YearOpeningHandler {

    private final YearOpening opening;

    public YearOpeningHandler(@Qualifier("fiscalYearLedgerRepository") Repository<FiscalYearLedger> ledgers,
                              EventStore eventStore) {
        this.opening = new YearOpening(ledgers, eventStore);
    }

    @CommandHandler
    public RecordingResult handle(OpenYearCommand command, CodeCatalog catalog, LedgerPolicy policy) throws Exception {
        Optional<Aggregate<FiscalYearLedger>> existing = opening.find(command.ledger());
        if (existing.isPresent()) {
            return existing.get().invoke(ledger -> ledger.recordOne(command, catalog, policy));
        }
        Problems problems = Problems.of(command);
        opening.open(command, catalog, problems, MetaData.emptyInstance());
        if (problems.hasErrors()) {
            throw new LedgerRuleException(problems.errors());
        }
        return RecordingResult.recordedOne(problems.warnings());
    }
}
