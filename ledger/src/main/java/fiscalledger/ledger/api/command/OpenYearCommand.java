package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Open a unit's fiscal year with its 年初结转和结余. With carryForward the opening balances are taken from the closed previous year (and openingBalances must be empty). */
public record OpenYearCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String unitName, String departmentCode, String departmentName, UnitType unitType, List<OpeningBalance> openingBalances, boolean carryForward) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
