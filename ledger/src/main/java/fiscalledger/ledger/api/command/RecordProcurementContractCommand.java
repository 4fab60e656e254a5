package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record a 政府采购合同 signed in the year: its category, the contract amount and the parts awarded to SMEs and, within
 * them, to small/micro firms. Table 10's 政府采购 and the 说明's SME figures count contracts, not payments; the payments
 * under a contract are expenditures of their own. supplier is optional.
 */
public record RecordProcurementContractCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String project, ProcurementCategory category, Fen contractAmount, Fen smeAmount, Fen smallMicroAmount, String supplier) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
