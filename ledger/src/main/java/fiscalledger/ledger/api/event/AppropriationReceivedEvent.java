package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** 财政拨款 received from the finance department: fund is one of the three fiscal funds. */
public record AppropriationReceivedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund fund, FunctionCode function, Fen amount) implements LedgerEvent {
}
