package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Map;

/** Record the vehicles by use and the count of equipment ≥ 1,000,000 yuan as at year end (table 10). */
public record RecordAssetFactsCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Map<VehicleUse, Integer> vehicles, int largeEquipment) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
