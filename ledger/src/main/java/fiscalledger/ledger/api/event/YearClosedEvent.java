package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;
import java.util.List;

/** The year was closed: its 年末结转和结余 per fund and function code. Nothing more can be posted; the next year opens with these balances. */
public record YearClosedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, List<ClosingBalance> closingBalances) implements LedgerEvent {
}
