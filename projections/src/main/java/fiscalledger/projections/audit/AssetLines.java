package fiscalledger.projections.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.readmodel.AssetItems;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of every AssetFactsRecorded of a unit-year within a cut-off, with which are in force: the latest record
 * not reversed within the cut-off replaces the earlier ones (as the table reads them), a reversal after the cut-off
 * has not happened yet.
 */
public class AssetLines {
    private final JdbcTemplate jdbc;

    public AssetLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AssetLine> of(LedgerKey ledger, Cutoff cutoff) {
        List<Object> params = new ArrayList<>(List.of(ledger.unit().value(), ledger.year().value()));
        String sql = "SELECT seq, voucher, business_date, item, quantity, reversed_seq, reversed_on FROM asset_facts "
                + "WHERE unit = ? AND fiscal_year = ?" + cutoff.sql("business_date", "seq", params) + " ORDER BY seq, item";
        record Row(long seq, String voucher, java.time.LocalDate date, String item, int quantity, boolean reversed) {
        }
        List<Row> rows = jdbc.query(sql, (rs, i) -> {
            long reversedSeq = rs.getLong("reversed_seq");
            boolean reversed = !rs.wasNull();
            Date reversedOn = rs.getDate("reversed_on");
            return new Row(rs.getLong("seq"), rs.getString("voucher"), rs.getDate("business_date").toLocalDate(),
                    rs.getString("item"), rs.getInt("quantity"),
                    reversed && reversedWithin(cutoff, reversedOn, reversedSeq));
        }, params.toArray());
        long inForce = rows.stream().filter(r -> !r.reversed()).mapToLong(Row::seq).max().orElse(-1);
        // in the printed order of table 10's rows: vehicles by use, then the equipment
        return rows.stream().sorted(java.util.Comparator.comparingLong(Row::seq).thenComparingInt(r -> order(r.item())))
                .map(r -> new AssetLine(r.seq(), r.voucher(), r.date(), r.item(), label(r.item()),
                r.quantity(), r.reversed() ? AssetLine.Status.REVERSED
                : r.seq() == inForce ? AssetLine.Status.IN_FORCE : AssetLine.Status.REPLACED)).toList();
    }

    /** Whether a reversal has happened by the cut-off (the negation of {@link Cutoff#notYet}). */
    private static boolean reversedWithin(Cutoff cutoff, Date on, long sequence) {
        return (cutoff.throughDate() == null || on == null || !on.toLocalDate().isAfter(cutoff.throughDate()))
                && (cutoff.throughSequence() == null || sequence <= cutoff.throughSequence());
    }

    private static int order(String item) {
        return AssetItems.LARGE_EQUIPMENT.equals(item) ? VehicleUse.values().length : VehicleUse.valueOf(item).ordinal();
    }

    private static String label(String item) {
        return AssetItems.LARGE_EQUIPMENT.equals(item) ? "单价100万元（含）以上设备（不含车辆）"
                : VehicleUse.valueOf(item).label();
    }
}
