package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;

import java.time.LocalDate;

/**
 * What every event of a unit's fiscal year carries: the unit, the year, the voucher or document number that
 * recorded it (unique within the unit-year), its business date and a memo. Who recorded it and why travel in the
 * Axon metadata ({@link fiscalledger.ledger.api.LedgerMetadata}).
 */
public interface LedgerEvent {
    UnitCode unit();

    FiscalYear year();

    String voucher();

    LocalDate date();

    String memo();

    default LedgerKey ledger() {
        return LedgerKey.of(unit(), year());
    }
}
