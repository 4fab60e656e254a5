package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** 年初预算 approved for one budget line. */
public record InitialBudgetApprovedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, BudgetLine line, Fen amount) implements LedgerEvent {
}
