package fiscalledger.projections.facts;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.readmodel.Movement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums a unit-year's postings within a cut-off over every combination of dimensions some table distinguishes, and
 * optionally by month of business date with each group's count and first and last event sequence: the one read of
 * the postings behind every table, check and trace.
 * <p>
 * On H2 the postings are read row by row (only the columns summed) and added up here: H2's own {@code GROUP BY} of a
 * unit-year of 100,000 postings over eight keys costs about ten times the reading (hashing its value rows, and
 * {@code EXTRACT} twice per row for the month), and reaching the rows through the postings' index {@code (unit,
 * fiscal_year, movement, voucher)} costs three times a plain scan of the table, since every index entry then fetches its row.
 * So a unit-year holding a large share of the postings is read by a scan of the table, a small one through the index
 * ({@link PostingCount}, counted once by the caller for all its reads).
 * On PostgreSQL the database groups (its hash aggregate is cheap, and the rows need not cross the connection).
 */
public class PostingSums {
    private static final String GROUPS = "movement, fund, function_code, economic_code, kind, project, procurement";
    private static final String MONTH = "EXTRACT(YEAR FROM business_date) * 100 + EXTRACT(MONTH FROM business_date)";

    private final JdbcTemplate jdbc;
    private final boolean sumsInDatabase;

    /** @param sumsInDatabase let the database group (PostgreSQL) rather than reading the rows (H2) */
    public PostingSums(JdbcTemplate jdbc, boolean sumsInDatabase) {
        this.jdbc = jdbc;
        this.sumsInDatabase = sumsInDatabase;
    }

    /** The postings summed over every dimension (what the tables read). */
    public List<PostingSum> byDimension(LedgerKey key, Cutoff cutoff, PostingCount count) {
        if (sumsInDatabase) {
            return grouped(key, cutoff, false).stream().map(MonthlySum::sum).toList();
        }
        return read(key, cutoff, count, false).stream().map(MonthlySum::sum).toList();
    }

    /** The postings summed over every dimension and month, each group counted with its first and last sequence. */
    public List<MonthlySum> byMonth(LedgerKey key, Cutoff cutoff, PostingCount count) {
        return sumsInDatabase ? grouped(key, cutoff, true) : read(key, cutoff, count, true);
    }

    /** One group of postings while they are added up. */
    private static final class Group {
        final PostingSum dimensions;
        final YearMonth month;
        long amount;
        long sme;
        long smallMicro;
        long count;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;

        Group(PostingSum dimensions, YearMonth month) {
            this.dimensions = dimensions;
            this.month = month;
        }

        MonthlySum sum() {
            PostingSum d = dimensions;
            return new MonthlySum(new PostingSum(d.movement(), d.fund(), d.function(), d.economic(), d.kind(),
                    d.project(), d.procurement(), Fen.of(amount), Fen.of(sme), Fen.of(smallMicro)), month, count, first,
                    last);
        }
    }

    /** The grouping key: the dimensions as read (strings, so that a group is found without building its codes). */
    private record Key(String movement, String fund, String function, String economic, String kind, String project,
                       String procurement, int month) {
    }

    private List<MonthlySum> read(LedgerKey key, Cutoff cutoff, PostingCount count, boolean byMonth) {
        List<Object> params = new ArrayList<>(List.of(key.unit().value(), key.year().value()));
        String sql = "SELECT " + GROUPS + ", business_date, amount_fen, sme_fen, small_micro_fen, seq FROM postings"
                + (count.scanIsCheaper() ? " USE INDEX ()" : "") + " WHERE unit = ? AND fiscal_year = ?"
                + cutoff.sql("business_date", "seq", params);
        Map<Key, Group> groups = new HashMap<>();
        Map<String, FunctionCode> functions = new HashMap<>();
        Map<String, EconomicCode> economics = new HashMap<>();
        jdbc.query(sql, (ResultSetExtractor<Void>) rs -> {
            while (rs.next()) {
                YearMonth month = null;
                int ym = 0;
                if (byMonth) {
                    LocalDate date = rs.getObject(8, LocalDate.class);
                    ym = date.getYear() * 100 + date.getMonthValue();
                }
                Key k = new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), ym);
                Group g = groups.get(k);
                if (g == null) {
                    if (byMonth) {
                        month = YearMonth.of(ym / 100, ym % 100);
                    }
                    g = new Group(dimensions(k, functions, economics), month);
                    groups.put(k, g);
                }
                g.amount = Math.addExact(g.amount, rs.getLong(9));
                g.sme = Math.addExact(g.sme, rs.getLong(10));
                g.smallMicro = Math.addExact(g.smallMicro, rs.getLong(11));
                g.count++;
                long seq = rs.getLong(12);
                g.first = Math.min(g.first, seq);
                g.last = Math.max(g.last, seq);
            }
            return null;
        }, params.toArray());
        List<MonthlySum> sums = new ArrayList<>(groups.size());
        groups.values().forEach(g -> sums.add(g.sum()));
        return sums;
    }

    private static PostingSum dimensions(Key k, Map<String, FunctionCode> functions,
                                         Map<String, EconomicCode> economics) {
        return new PostingSum(Movement.ofCode(k.movement()), Fund.valueOf(k.fund()),
                functions.computeIfAbsent(k.function(), FunctionCode::new),
                k.economic() == null ? null : economics.computeIfAbsent(k.economic(), EconomicCode::new),
                k.kind() == null ? null : SpendingKind.valueOf(k.kind()), k.project(),
                k.procurement() == null ? null : ProcurementCategory.valueOf(k.procurement()), Fen.ZERO, Fen.ZERO,
                Fen.ZERO);
    }

    private List<MonthlySum> grouped(LedgerKey key, Cutoff cutoff, boolean byMonth) {
        List<Object> params = new ArrayList<>(List.of(key.unit().value(), key.year().value()));
        String sql = "SELECT " + GROUPS + ", " + (byMonth ? MONTH : "0") + " AS ym, SUM(amount_fen) AS amount, "
                + "SUM(sme_fen) AS sme, SUM(small_micro_fen) AS small_micro, COUNT(*) AS n, MIN(seq) AS first_seq, "
                + "MAX(seq) AS last_seq FROM postings WHERE unit = ? AND fiscal_year = ?"
                + cutoff.sql("business_date", "seq", params) + " GROUP BY " + GROUPS + (byMonth ? ", " + MONTH : "");
        Map<String, FunctionCode> functions = new HashMap<>();
        Map<String, EconomicCode> economics = new HashMap<>();
        return jdbc.query(sql, (rs, i) -> {
            Key k = new Key(rs.getString("movement"), rs.getString("fund"), rs.getString("function_code"),
                    rs.getString("economic_code"), rs.getString("kind"), rs.getString("project"),
                    rs.getString("procurement"), 0);
            PostingSum d = dimensions(k, functions, economics);
            int ym = rs.getInt("ym");
            return new MonthlySum(new PostingSum(d.movement(), d.fund(), d.function(), d.economic(), d.kind(),
                    d.project(), d.procurement(), Fen.of(rs.getLong("amount")), Fen.of(rs.getLong("sme")),
                    Fen.of(rs.getLong("small_micro"))), byMonth ? YearMonth.of(ym / 100, ym % 100) : null,
                    rs.getLong("n"), rs.getLong("first_seq"), rs.getLong("last_seq"));
        }, params.toArray());
    }
}
