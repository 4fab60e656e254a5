package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record an expenditure with every dimension; procurement null when not 政府采购, SME amounts then zero. */
public record RecordExpenditureCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund fund, FunctionCode function, EconomicCode economic, SpendingKind kind, String project, ProcurementCategory procurement, Fen smeAmount, Fen smallMicroAmount, Fen amount) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
