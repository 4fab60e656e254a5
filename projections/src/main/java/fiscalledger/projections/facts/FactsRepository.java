package fiscalledger.projections.facts;

import fiscalledger.ledger.api.*;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.LedgerSummary;
import fiscalledger.projections.readmodel.AssetItems;
import fiscalledger.projections.readmodel.Movement;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.*;

/**
 * Reads {@link LedgerFacts} from the read models. Every query takes the cut-off, so "as of 30 June" is answered
 * from the same postings as the live tables: rows after the cut-off are left out, and reversals recorded after it
 * have not happened yet.
 */
public class FactsRepository {
    private final JdbcTemplate jdbc;

    public FactsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public LedgerFacts load(LedgerKey key, Cutoff cutoff) {
        LedgerSummary ledger = ledger(key).orElseThrow(() -> new NoSuchElementException(
                "no ledger " + key + " in the read models: open the year first (or rebuild the read models)"));
        return new LedgerFacts(key, ledger, cutoff, sums(key, cutoff), assets(key, cutoff), evaluations(key, cutoff));
    }

    public List<LedgerSummary> ledgers() {
        return jdbc.query("SELECT l.*, (SELECT COUNT(*) FROM postings p WHERE p.unit = l.unit AND p.fiscal_year = l.fiscal_year) AS n "
                + "FROM ledgers l ORDER BY l.unit, l.fiscal_year", (rs, i) -> summary(rs));
    }

    public Optional<LedgerSummary> ledger(LedgerKey key) {
        return jdbc.query("SELECT l.*, (SELECT COUNT(*) FROM postings p WHERE p.unit = l.unit AND p.fiscal_year = l.fiscal_year) AS n "
                        + "FROM ledgers l WHERE l.unit = ? AND l.fiscal_year = ?", (rs, i) -> summary(rs),
                key.unit().value(), key.year().value()).stream().findFirst();
    }

    private static LedgerSummary summary(ResultSet rs) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new LedgerSummary(LedgerKey.of(new UnitCode(rs.getString("unit")), new FiscalYear(rs.getInt("fiscal_year"))),
                rs.getString("unit_name"), rs.getString("department_code"), rs.getString("department_name"),
                UnitType.valueOf(rs.getString("unit_type")), rs.getDate("opened_on").toLocalDate(),
                closed == null ? null : closed.toLocalDate(), rs.getLong("n"));
    }

    private List<PostingSum> sums(LedgerKey key, Cutoff cutoff) {
        List<Object> params = new ArrayList<>(List.of(key.unit().value(), key.year().value()));
        String sql = "SELECT movement, fund, function_code, economic_code, kind, project, procurement, "
                + "SUM(amount_fen) AS amount, SUM(sme_fen) AS sme, SUM(small_micro_fen) AS small_micro "
                + "FROM postings WHERE unit = ? AND fiscal_year = ?" + cutoff.sql("business_date", "seq", params)
                + " GROUP BY movement, fund, function_code, economic_code, kind, project, procurement";
        return jdbc.query(sql, (rs, i) -> {
            String economic = rs.getString("economic_code");
            String kind = rs.getString("kind");
            String procurement = rs.getString("procurement");
            return new PostingSum(Movement.ofCode(rs.getString("movement")), Fund.valueOf(rs.getString("fund")),
                    new FunctionCode(rs.getString("function_code")),
                    economic == null ? null : new EconomicCode(economic),
                    kind == null ? null : SpendingKind.valueOf(kind), rs.getString("project"),
                    procurement == null ? null : ProcurementCategory.valueOf(procurement),
                    Fen.of(rs.getLong("amount")), Fen.of(rs.getLong("sme")), Fen.of(rs.getLong("small_micro")));
        }, params.toArray());
    }

    private AssetCounts assets(LedgerKey key, Cutoff cutoff) {
        List<Object> params = new ArrayList<>(List.of(key.unit().value(), key.year().value()));
        String sql = "SELECT seq, voucher, item, quantity FROM asset_facts WHERE unit = ? AND fiscal_year = ?"
                + cutoff.sql("business_date", "seq", params) + cutoff.notYet("reversed_on", "reversed_seq", params)
                + " ORDER BY seq DESC";
        Map<VehicleUse, Integer> vehicles = new EnumMap<>(VehicleUse.class);
        int[] equipment = {0};
        long[] latest = {-1};
        String[] voucher = {null};
        jdbc.query(sql, rs -> {
            long seq = rs.getLong("seq");
            if (latest[0] >= 0 && seq != latest[0]) {
                return; // an older record, replaced by the latest
            }
            latest[0] = seq;
            voucher[0] = rs.getString("voucher");
            String item = rs.getString("item");
            if (AssetItems.LARGE_EQUIPMENT.equals(item)) {
                equipment[0] = rs.getInt("quantity");
            } else {
                vehicles.put(VehicleUse.valueOf(item), rs.getInt("quantity"));
            }
        }, params.toArray());
        return latest[0] < 0 ? AssetCounts.NONE : new AssetCounts(Map.copyOf(vehicles), equipment[0], voucher[0]);
    }

    private List<Evaluation> evaluations(LedgerKey key, Cutoff cutoff) {
        List<Object> params = new ArrayList<>(List.of(key.unit().value(), key.year().value()));
        // one query for evaluations and their indicators (a year may hold dozens of evaluations)
        String sql = "SELECT e.seq, e.voucher, e.project, e.declared_target_fen, i.level1, i.level2, i.indicator, "
                + "i.weight, i.score FROM performance_evaluations e "
                + "LEFT JOIN performance_indicators i ON i.seq = e.seq "
                + "WHERE e.unit = ? AND e.fiscal_year = ?" + cutoff.sql("e.business_date", "e.seq", params)
                + cutoff.notYet("e.reversed_on", "e.reversed_seq", params) + " ORDER BY e.seq, i.line_no";
        Map<Long, Evaluation> bySeq = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            long seq = rs.getLong("seq");
            Evaluation e = bySeq.computeIfAbsent(seq, s -> {
                try {
                    return new Evaluation(rs.getString("project"), Fen.of(rs.getLong("declared_target_fen")),
                            new ArrayList<>(), rs.getString("voucher"), s);
                } catch (SQLException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            if (rs.getString("indicator") != null) {
                e.indicators().add(new IndicatorScore(rs.getString("level1"), rs.getString("level2"),
                        rs.getString("indicator"), rs.getBigDecimal("weight"), rs.getBigDecimal("score")));
            }
        }, params.toArray());
        Map<String, Evaluation> latestByProject = new LinkedHashMap<>();
        for (Evaluation e : bySeq.values()) {
            latestByProject.remove(e.project()); // a later evaluation replaces the earlier one, in its own place
            latestByProject.put(e.project(), new Evaluation(e.project(), e.declaredTarget(), List.copyOf(e.indicators()),
                    e.voucher(), e.sequence()));
        }
        return List.copyOf(latestByProject.values());
    }
}
