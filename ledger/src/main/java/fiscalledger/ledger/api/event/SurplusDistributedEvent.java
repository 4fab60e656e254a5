package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** 结余分配: tax, special funds drawn or transfers out of the non-fiscal surplus. */
public record SurplusDistributedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund source, FunctionCode function, Fen amount) implements LedgerEvent {
}
