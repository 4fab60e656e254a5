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
    private static final int KEPT = 4;

    private static final String LEDGER_COLUMNS = "SELECT unit, fiscal_year, unit_name, department_code, "
            + "department_name, unit_type, opened_on, closed_on FROM ledgers";

    private final JdbcTemplate jdbc;
    private final boolean sumsInDatabase;
    private final PostingSums postingSums;
    /** The monthly sums of the last few pinned cut-offs traced, least recently used first. */
    private final Map<MonthlyKey, List<MonthlySum>> recentMonthly = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MonthlyKey, List<MonthlySum>> eldest) {
            return size() > KEPT;
        }
    };

    /** @param sumsInDatabase let the database sum the postings (PostgreSQL) rather than reading them (H2) */
    public FactsRepository(JdbcTemplate jdbc, boolean sumsInDatabase) {
        this.jdbc = jdbc;
        this.sumsInDatabase = sumsInDatabase;
        this.postingSums = new PostingSums(jdbc, sumsInDatabase);
    }

    public LedgerFacts load(LedgerKey key, Cutoff cutoff) {
        return load(requireLedger(key), postingCount(key), cutoff);
    }

    /** The same for a unit-year whose summary and count were just read (a check reads them once for all its parts). */
    public LedgerFacts load(LedgerSummary ledger, PostingCount count, Cutoff cutoff) {
        LedgerKey key = ledger.key();
        return new LedgerFacts(key, ledger, cutoff, postingSums.byDimension(key, cutoff, count),
                assets(key, cutoff), evaluations(key, cutoff), contracts(key, cutoff));
    }

    /**
     * The facts with their postings also summed and counted by month of business date, from one read of the postings
     * (a trace needs both: the table for the printed cell, the monthly sums for its count and breakdowns). The facts'
     * sums are the monthly sums folded, so the table is exactly the one {@link #load} gives.
     */
    public MonthlyFacts loadByMonth(LedgerKey key, Cutoff cutoff) {
        LedgerSummary ledger = requireLedger(key);
        List<MonthlySum> monthly = monthlyCached(key, cutoff, postingCount(key));
        Map<List<Object>, PostingSum> folded = new LinkedHashMap<>();
        for (MonthlySum m : monthly) {
            PostingSum s = m.sum();
            folded.merge(Arrays.asList(s.movement(), s.fund(), s.function(), s.economic(), s.kind(), s.project(),
                    s.procurement()), s, (a, b) -> new PostingSum(a.movement(), a.fund(), a.function(), a.economic(),
                    a.kind(), a.project(), a.procurement(), a.amount().plus(b.amount()), a.sme().plus(b.sme()),
                    a.smallMicro().plus(b.smallMicro())));
        }
        LedgerFacts facts = new LedgerFacts(key, ledger, cutoff, List.copyOf(folded.values()), assets(key, cutoff),
                evaluations(key, cutoff), contracts(key, cutoff));
        return new MonthlyFacts(facts, List.copyOf(monthly));
    }

    /**
     * Every unit-year, by unit then year: the rows of the small {@code ledgers} read model (one per opened year), so
     * resolving which unit-year a command means costs the same whatever the number of postings.
     */
    public List<LedgerSummary> ledgers() {
        return jdbc.query(LEDGER_COLUMNS + " ORDER BY unit, fiscal_year", (rs, i) -> summary(rs));
    }

    public Optional<LedgerSummary> ledger(LedgerKey key) {
        return jdbc.query(LEDGER_COLUMNS + " WHERE unit = ? AND fiscal_year = ?", (rs, i) -> summary(rs),
                key.unit().value(), key.year().value()).stream().findFirst();
    }

    /** The unit-year's row of the {@code ledgers} read model, or what to do when it has none. */
    public LedgerSummary requireLedger(LedgerKey key) {
        return ledger(key).orElseThrow(() -> new NoSuchElementException(
                "no ledger " + key + " in the read models: open the year first (or rebuild the read models)"));
    }

    /**
     * The unit-year's postings counted (and on H2 the table's: whether reading them scans the table), for the reads
     * of one table, trace or check; the count of the unit-year also keys the traces' kept monthly sums.
     */
    public PostingCount postingCount(LedgerKey key) {
        return PostingCount.of(jdbc, key, !sumsInDatabase);
    }

    private static LedgerSummary summary(ResultSet rs) throws SQLException {
        Date closed = rs.getDate("closed_on");
        return new LedgerSummary(LedgerKey.of(new UnitCode(rs.getString("unit")), new FiscalYear(rs.getInt("fiscal_year"))),
                rs.getString("unit_name"), rs.getString("department_code"), rs.getString("department_name"),
                UnitType.valueOf(rs.getString("unit_type")), rs.getDate("opened_on").toLocalDate(),
                closed == null ? null : closed.toLocalDate());
    }

    /**
     * The monthly sums of a cut-off pinned to an event sequence, kept for the next trace: postings are only ever
     * inserted, so the sums through sequence S stay what they are as long as the unit-year holds as many postings
     * as when they were read (a posting of a lower sequence handled late, or a rebuild under way, changes the count
     * and so misses). Auditors trace cell after cell of one table: every trace after the first then costs no read of
     * the postings. Cut-offs without a sequence can still grow and are never kept.
     */
    private List<MonthlySum> monthlyCached(LedgerKey key, Cutoff cutoff, PostingCount count) {
        if (cutoff.throughSequence() == null) {
            return postingSums.byMonth(key, cutoff, count);
        }
        MonthlyKey k = new MonthlyKey(key, cutoff, count.unitYear());
        synchronized (recentMonthly) {
            List<MonthlySum> kept = recentMonthly.get(k);
            if (kept != null) {
                return kept;
            }
        }
        List<MonthlySum> read = List.copyOf(postingSums.byMonth(key, cutoff, count));
        synchronized (recentMonthly) {
            recentMonthly.put(k, read);
        }
        return read;
    }

    private record MonthlyKey(LedgerKey ledger, Cutoff cutoff, long postings) {
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

    /** The year's 政府采购合同 within the cut-off, less those reversed within it, in the order they were recorded. */
    public List<Contract> contracts(LedgerKey key, Cutoff cutoff) {
        List<Object> params = new ArrayList<>(List.of(key.unit().value(), key.year().value()));
        String sql = "SELECT seq, voucher, business_date, memo, project, category, contract_fen, sme_fen, "
                + "small_micro_fen, supplier, recorded_by FROM procurement_contracts WHERE unit = ? AND fiscal_year = ?"
                + cutoff.sql("business_date", "seq", params) + cutoff.notYet("reversed_on", "reversed_seq", params)
                + " ORDER BY seq";
        return jdbc.query(sql, (rs, i) -> new Contract(rs.getLong("seq"), rs.getString("voucher"),
                rs.getDate("business_date").toLocalDate(), rs.getString("memo"), rs.getString("project"),
                ProcurementCategory.valueOf(rs.getString("category")), Fen.of(rs.getLong("contract_fen")),
                Fen.of(rs.getLong("sme_fen")), Fen.of(rs.getLong("small_micro_fen")), rs.getString("supplier"),
                rs.getString("recorded_by")), params.toArray());
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
