package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a 财政拨款 received, by fiscal fund and function code. */
public record ReceiveAppropriationCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund fund, FunctionCode function, Fen amount) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
