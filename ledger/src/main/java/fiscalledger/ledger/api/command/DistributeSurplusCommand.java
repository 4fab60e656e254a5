package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** 结余分配. */
public record DistributeSurplusCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund source, FunctionCode function, Fen amount) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
