package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;

/**
 * A 政府采购合同 signed in the year (its date is the signing date): category, contract amount, and the parts awarded to
 * small and medium enterprises and, within those, to small/micro firms. project and supplier may be null. It moves
 * no money: table 10's 政府采购 and the 说明's SME shares are sums of contracts.
 */
public record ProcurementContractRecordedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String project, ProcurementCategory category, Fen contractAmount, Fen smeAmount, Fen smallMicroAmount, String supplier) implements LedgerEvent {
}
