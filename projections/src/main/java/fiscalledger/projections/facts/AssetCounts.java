package fiscalledger.projections.facts;

import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.projections.readmodel.AssetItems;

import java.util.Map;

/** Table 10's asset facts in force at the cut-off (all zero when none has been recorded). */
public record AssetCounts(Map<VehicleUse, Integer> vehicles, int largeEquipment, String voucher) {

    public static final AssetCounts NONE = new AssetCounts(Map.of(), 0, null);

    public int vehicles(VehicleUse use) {
        return vehicles.getOrDefault(use, 0);
    }

    /** The quantity of one asset-facts item: a {@link VehicleUse} name or {@code LARGE_EQUIPMENT}. */
    public int quantity(String item) {
        return AssetItems.LARGE_EQUIPMENT.equals(item) ? largeEquipment : vehicles(VehicleUse.valueOf(item));
    }

    public int totalVehicles() {
        return vehicles.values().stream().mapToInt(Integer::intValue).sum();
    }
}
