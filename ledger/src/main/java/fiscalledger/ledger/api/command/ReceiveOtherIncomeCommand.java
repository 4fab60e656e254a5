package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record non-fiscal income by source and function code. */
public record ReceiveOtherIncomeCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund source, FunctionCode function, Fen amount) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
