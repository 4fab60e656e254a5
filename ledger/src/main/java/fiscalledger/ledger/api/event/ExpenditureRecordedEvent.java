package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** An expenditure, with every dimension the tables need. procurement is null when the payment is not 政府采购; smeAmount / smallMicroAmount are the parts awarded to SMEs and, within them, small/micro firms. */
public record ExpenditureRecordedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund fund, FunctionCode function, EconomicCode economic, SpendingKind kind, String project, ProcurementCategory procurement, Fen smeAmount, Fen smallMicroAmount, Fen amount) implements LedgerEvent {
}
