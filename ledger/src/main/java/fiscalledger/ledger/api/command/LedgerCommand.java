package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;

import java.time.LocalDate;

/**
 * A request to record something in one unit's fiscal year. Each carries the unit, the year, the voucher or
 * document number (a voucher is recorded once per unit-year: sending it again is a no-op), the business date and a
 * memo. Each command record routes itself with a {@code @TargetAggregateIdentifier ledgerId()}.
 */
public interface LedgerCommand {
    UnitCode unit();

    FiscalYear year();

    String voucher();

    LocalDate date();

    String memo();

    default LedgerKey ledger() {
        return LedgerKey.of(unit(), year());
    }
}
