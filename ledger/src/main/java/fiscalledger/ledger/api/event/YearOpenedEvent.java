package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;
import java.util.List;

/** A unit's fiscal year was opened, with its 年初结转和结余 by fund and function code. The unit's name, 主管部门 and type travel with it so that every table can print them. */
public record YearOpenedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String unitName, String departmentCode, String departmentName, UnitType unitType, List<OpeningBalance> openingBalances) implements LedgerEvent {
}
