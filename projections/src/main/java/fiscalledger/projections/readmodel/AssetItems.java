package fiscalledger.projections.readmodel;

/** Values of {@code asset_facts.item} besides the {@link fiscalledger.ledger.api.VehicleUse} names. */
public final class AssetItems {
    public static final String LARGE_EQUIPMENT = "LARGE_EQUIPMENT";

    private AssetItems() {
    }
}
