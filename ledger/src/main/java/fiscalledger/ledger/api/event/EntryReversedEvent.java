package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/** An earlier entry (by its voucher) is reversed; it is never edited. The reversal has its own voucher and date. */
public record EntryReversedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String reversedVoucher, String reason) implements LedgerEvent {
}
