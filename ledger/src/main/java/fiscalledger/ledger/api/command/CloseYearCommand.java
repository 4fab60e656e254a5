package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Close the year: computes 年末结转和结余; nothing can be posted afterwards. */
public record CloseYearCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
