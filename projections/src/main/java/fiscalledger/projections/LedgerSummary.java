package fiscalledger.projections;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitType;

import java.time.LocalDate;

/**
 * One unit-year the read models know: who it is and whether it is open. {@code closedOn} is null while the year
 * is open. A row of the {@code ledgers} read model, read without touching the postings (their count, where a read
 * needs it, is {@link fiscalledger.projections.facts.FactsRepository#postingCount}).
 */
public record LedgerSummary(LedgerKey key, String unitName, String departmentCode, String departmentName,
                            UnitType unitType, LocalDate openedOn, LocalDate closedOn) {

    public boolean closed() {
        return closedOn != null;
    }
}
