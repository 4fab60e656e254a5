package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Approve the 年初预算 of one budget line. */
public record ApproveInitialBudgetCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, BudgetLine line, Fen amount) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
