package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** Non-fiscal income: 上级补助, 事业, 经营, 附属单位上缴 or 其他收入. */
public record OtherIncomeReceivedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund source, FunctionCode function, Fen amount) implements LedgerEvent {
}
