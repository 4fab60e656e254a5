package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordAssetFactsCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** `assets` records the year-end vehicles by use and the count of large equipment (table 10). */
public final class AssetsCommand extends RecordingCommand {

    public AssetsCommand() {
        super("assets", "record year-end vehicles by use and equipment ≥ 1,000,000 yuan (table 10)");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.optional("vehicle", "USE=N", "车辆 by use, e.g. 执法执勤用车=3 (repeat for more)",
                        Values.of(VehicleUse.class)),
                OptionSpec.optional("equipment", "N", "单价100万元以上设备 count", Values.none()));
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        Map<VehicleUse, Integer> vehicles = new EnumMap<>(VehicleUse.class);
        for (String vehicle : args.all("vehicle")) {
            String[] parts = vehicle.split("[=＝]");
            if (parts.length != 2) {
                OptionValues.parse("vehicle", vehicle, v -> {
                    throw new IllegalArgumentException("'" + v + "' must be USE=N, e.g. 执法执勤用车=3");
                });
            }
            vehicles.merge(OptionValues.parse("vehicle", parts[0], VehicleUse::parse),
                    OptionValues.parse("vehicle", parts[1], AssetsCommand::count), Integer::sum);
        }
        int equipment = OptionValues.optional(args, "equipment", AssetsCommand::count).orElse(0);
        return new RecordAssetFactsCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(), vehicles, equipment);
    }

    private static int count(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + text);
            }
            return n;
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }
}
