package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.api.event.*;

import java.util.Map;

/** The one event each kind of entry records, so a fully recorded journal's events can be counted without reading them back. */
final class EventTypes {
    private static final Map<Class<?>, Class<?>> EVENT_OF = Map.ofEntries(
            Map.entry(OpenYearCommand.class, YearOpenedEvent.class),
            Map.entry(ApproveInitialBudgetCommand.class, InitialBudgetApprovedEvent.class),
            Map.entry(AdjustBudgetCommand.class, BudgetAdjustedEvent.class),
            Map.entry(ReceiveAppropriationCommand.class, AppropriationReceivedEvent.class),
            Map.entry(ReceiveOtherIncomeCommand.class, OtherIncomeReceivedEvent.class),
            Map.entry(RecordExpenditureCommand.class, ExpenditureRecordedEvent.class),
            Map.entry(UseNonFiscalBalanceCommand.class, NonFiscalBalanceUsedEvent.class),
            Map.entry(DistributeSurplusCommand.class, SurplusDistributedEvent.class),
            Map.entry(ReverseEntryCommand.class, EntryReversedEvent.class),
            Map.entry(CloseYearCommand.class, YearClosedEvent.class),
            Map.entry(RecordAssetFactsCommand.class, AssetFactsRecordedEvent.class),
            Map.entry(RecordPerformanceEvaluationCommand.class, PerformanceEvaluatedEvent.class),
            Map.entry(RegisterCodeCommand.class, CodeRegisteredEvent.class));

    private EventTypes() {
    }

    static String recordedBy(Object command) {
        Class<?> event = EVENT_OF.get(command.getClass());
        if (event == null) {
            throw new IllegalArgumentException("no event type known for " + command.getClass().getSimpleName());
        }
        return event.getSimpleName();
    }
}
