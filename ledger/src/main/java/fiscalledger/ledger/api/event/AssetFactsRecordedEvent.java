package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;
import java.util.Map;

/** The non-financial facts of table 10 as at year end: vehicles by use and equipment of ≥ 1,000,000 yuan. A later record replaces an earlier one. */
public record AssetFactsRecordedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Map<VehicleUse, Integer> vehicles, int largeEquipment) implements LedgerEvent {
}
