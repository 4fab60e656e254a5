package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Reverse an earlier entry by its voucher; the reason is required. */
public record ReverseEntryCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String reversedVoucher, String reason) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
