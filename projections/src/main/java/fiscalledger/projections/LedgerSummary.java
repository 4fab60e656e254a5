package fiscalledger.projections;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitType;

import java.time.LocalDate;

/**
 * One unit-year the read models know: who it is and whether it is open. {@code closedOn} is null while the year
 * is open.
 */
public record LedgerSummary(LedgerKey key, String unitName, String departmentCode, String departmentName,
                            UnitType unitType, LocalDate openedOn, LocalDate closedOn, long postings) {

    public boolean closed() {
        return closedOn != null;
    }
}
