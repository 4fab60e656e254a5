package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** 预算调整: 追加 (to only), 追减 (from only) or 调剂 (from → to), approved by a document (批复文号). */
public record BudgetAdjustedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, AdjustmentType type, BudgetLine from, BudgetLine to, Fen amount, String approvalDocument) implements LedgerEvent {
}
