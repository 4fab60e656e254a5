package fiscalledger.projections.table;

import fiscalledger.projections.facts.AssetCounts;

import java.util.Set;

/**
 * Which lines of the asset facts in force make up a count cell of table 10 (vehicles by use, equipment of ≥ 1,000,000
 * yuan): the counterpart of {@link CellSource} for the year-end AssetFactsRecorded, so that a count traces to the
 * voucher that declared it. The table computes the cell from this same rule.
 *
 * @param items the asset-facts item names (a {@link fiscalledger.ledger.api.VehicleUse} name or LARGE_EQUIPMENT)
 */
public record AssetSource(Set<String> items) {

    public AssetSource {
        items = Set.copyOf(items);
    }

    public boolean counts(String item) {
        return items.contains(item);
    }

    /** The cell's value: Σ of the quantities of its items in the asset facts in force. */
    public long count(AssetCounts assets) {
        return items.stream().mapToLong(assets::quantity).sum();
    }
}
