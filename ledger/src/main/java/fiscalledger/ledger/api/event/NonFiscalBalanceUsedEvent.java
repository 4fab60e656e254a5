package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** 使用非财政拨款结余: the unit draws on its non-fiscal balance to cover spending. */
public record NonFiscalBalanceUsedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund source, FunctionCode function, Fen amount) implements LedgerEvent {
}
