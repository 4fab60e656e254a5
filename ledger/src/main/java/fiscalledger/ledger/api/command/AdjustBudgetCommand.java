package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Adjust the budget: 追加 (to), 追减 (from) or 调剂 (from → to), with the approving document number. */
public record AdjustBudgetCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, AdjustmentType type, BudgetLine from, BudgetLine to, Fen amount, String approvalDocument) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
