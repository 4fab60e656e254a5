package fiscalledger.ledger.command;

import fiscalledger.ledger.api.BudgetLine;
import fiscalledger.ledger.api.command.AdjustBudgetCommand;
import fiscalledger.ledger.api.command.ApproveInitialBudgetCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.OverspendPolicy;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.ledger.api.command.ReverseEntryCommand;

import java.util.HashSet;
import java.util.Set;

/**
 * The entries of a journal the ledger rejected so far, and which later entries only depend on them: a reversal of a
 * rejected voucher ("not recorded"), a 调剂 or 追减 taking from a budget line whose 年初预算 or 追加/调剂 was rejected
 * ("holds … it cannot give"), and, when overspending is refused, spending on such a line. Their problems would only
 * repeat the rejected entry's, which are listed, so they are not checked; the journal is rejected anyway.
 */
final class RejectedInJournal {
    private final Set<String> vouchers = new HashSet<>();
    private final Set<String> budgetLines = new HashSet<>();

    void add(LedgerCommand command) {
        if (command == null) {
            return;
        }
        if (command.voucher() != null) {
            vouchers.add(command.voucher().strip());
        }
        if (command instanceof ApproveInitialBudgetCommand budget && budget.line() != null) {
            budgetLines.add(BudgetBook.key(budget.line()));
        } else if (command instanceof AdjustBudgetCommand adjustment && adjustment.to() != null) {
            budgetLines.add(BudgetBook.key(adjustment.to()));
        }
    }

    boolean dependOn(LedgerCommand command, LedgerPolicy policy) {
        if (command instanceof ReverseEntryCommand reversal) {
            return reversal.reversedVoucher() != null && vouchers.contains(reversal.reversedVoucher().strip());
        }
        if (command instanceof AdjustBudgetCommand adjustment) {
            return adjustment.from() != null && budgetLines.contains(BudgetBook.key(adjustment.from()));
        }
        if (command instanceof RecordExpenditureCommand c && policy.overspend() == OverspendPolicy.REJECT
                && c.fund() != null && c.function() != null && c.kind() != null) {
            BudgetLine line = new BudgetLine(c.fund(), c.function(), c.kind(), c.project(), c.economic());
            return budgetLines.contains(BudgetBook.key(line)) || budgetLines.contains(BudgetBook.key(line.withoutEconomic()));
        }
        return false;
    }
}
