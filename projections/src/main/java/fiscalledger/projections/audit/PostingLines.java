package fiscalledger.projections.audit;

import fiscalledger.ledger.api.*;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;
import fiscalledger.projections.readmodel.PostingKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads single postings of a unit-year within a cut-off, in the order they were recorded. */
public class PostingLines {
    private static final String COLUMNS = "seq, line_no, voucher, business_date, memo, movement, fund, function_code, "
            + "economic_code, kind, project, procurement, amount_fen, sme_fen, small_micro_fen, adjustment_type, "
            + "document, reversed_voucher, recorded_by, recorded_reason";

    private final JdbcTemplate jdbc;
    /** Whether the postings carry H2's row key {@code id} ({@link PostingKey}), which serves order and sequence ranges. */
    private final boolean rowKeyed;
    private final String recordingOrder;

    /**
     * @param rowKeyed the postings are keyed by {@link PostingKey} (H2), not by (seq, line_no) (PostgreSQL, or an H2
     *                 store written before the row key and opened read-only)
     */
    public PostingLines(JdbcTemplate jdbc, boolean rowKeyed) {
        this.jdbc = jdbc;
        this.rowKeyed = rowKeyed;
        this.recordingOrder = rowKeyed ? " ORDER BY id" : " ORDER BY seq, line_no";
    }

    /** Every posting, or only those under a 功能分类 code when {@code functionPrefix} is given. */
    public List<PostingLine> of(LedgerKey ledger, Cutoff cutoff, String functionPrefix) {
        List<Object> params = new ArrayList<>(List.of(ledger.unit().value(), ledger.year().value()));
        StringBuilder where = new StringBuilder(" WHERE unit = ? AND fiscal_year = ?");
        if (functionPrefix != null && !functionPrefix.isEmpty()) {
            where.append(" AND function_code LIKE ?");
            params.add(functionPrefix + "%");
        }
        where.append(cutoff.sql("business_date", "seq", params));
        return query(where.toString(), params);
    }

    /**
     * The highest event sequence the read models hold (postings, asset facts, evaluations, contracts, openings and closings),
     * empty when they hold nothing.
     */
    public java.util.Optional<Long> lastSequence() {
        return java.util.Optional.ofNullable(jdbc.queryForObject("SELECT MAX(m) FROM ("
                // H2 finds the greatest row key at the end of the table; MAX(seq) would read every posting
                + (rowKeyed ? "SELECT MAX(id) / " + PostingKey.first(1) + " AS m" : "SELECT MAX(seq) AS m")
                + " FROM postings UNION ALL SELECT MAX(seq) FROM asset_facts "
                + "UNION ALL SELECT MAX(reversed_seq) FROM asset_facts "
                + "UNION ALL SELECT MAX(seq) FROM performance_evaluations "
                + "UNION ALL SELECT MAX(reversed_seq) FROM performance_evaluations "
                + "UNION ALL SELECT MAX(seq) FROM procurement_contracts "
                + "UNION ALL SELECT MAX(reversed_seq) FROM procurement_contracts "
                + "UNION ALL SELECT MAX(opened_seq) FROM ledgers UNION ALL SELECT MAX(closed_seq) FROM ledgers) t",
                Long.class));
    }

    /** Which postings to read at most: any of these movements, funds and function codes. */
    public record Narrowing(Set<String> movements, Set<String> funds, Set<String> functions) {
    }

    /** The WHERE clause of a narrowed read, its parameters appended to {@code params}. */
    private String where(LedgerKey ledger, Cutoff cutoff, Narrowing narrowing, List<Object> params) {
        params.add(ledger.unit().value());
        params.add(ledger.year().value());
        StringBuilder where = new StringBuilder(" WHERE unit = ? AND fiscal_year = ?");
        in(where, params, "movement", narrowing.movements());
        in(where, params, "fund", narrowing.funds());
        if (narrowing.functions().size() <= 500) {
            in(where, params, "function_code", narrowing.functions());
        }
        where.append(cutoff.sql("business_date", "seq", params));
        return where.toString();
    }

    /** The postings within the narrowing (a trace reads only what can count for its cell). */
    public List<PostingLine> of(LedgerKey ledger, Cutoff cutoff, Narrowing narrowing) {
        List<Object> params = new ArrayList<>();
        String where = where(ledger, cutoff, narrowing, params);
        return query(where, params);
    }

    /**
     * Streams the postings within the narrowing in recording order to {@code sink} until it returns false, without
     * holding them (an export of a cell of 100,000 postings).
     */
    public void stream(LedgerKey ledger, Cutoff cutoff, Narrowing narrowing, Predicate<PostingLine> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(ledger, cutoff, narrowing, params);
        Codes codes = new Codes();
        jdbc.query("SELECT " + COLUMNS + " FROM postings" + where + recordingOrder,
                (ResultSetExtractor<Void>) rs -> {
                    while (rs.next()) {
                        if (!sink.test(line(rs, codes))) {
                            break;
                        }
                    }
                    return null;
                }, params.toArray());
    }

    /**
     * The first {@code limit} postings of the unit-year that {@code counts} accepts, in recording order, read by
     * ranges of event sequence from {@code fromSequence} on (through {@code toSequence}): the primary key serves the
     * ranges in order, so a cell of 90,000 postings lists its first 50 after reading little more than 50 rows,
     * where reading it by movement would fetch and sort all 90,000. {@code window} is the first range's width;
     * each next range is twice as wide, so a sparse cell still needs few queries.
     */
    public List<PostingLine> first(LedgerKey ledger, Cutoff cutoff, long fromSequence, long toSequence, long window,
                                   Predicate<PostingSum> counts, int limit) {
        List<PostingLine> found = new ArrayList<>();
        Codes codes = new Codes();
        String unit = ledger.unit().value();
        int year = ledger.year().value();
        long from = fromSequence;
        long width = Math.max(window, 1);
        while (found.size() < limit && from <= toSequence) {
            long to = Math.min(toSequence, from + width - 1);
            List<Object> params = rowKeyed ? new ArrayList<>(List.of(PostingKey.first(from), PostingKey.last(to)))
                    : new ArrayList<>(List.of(from, to));
            // only the sequence range is a condition the database can use an index for: the ledger's own index
            // (unit, year, movement) would make it read and sort every posting of the movement
            String where = (rowKeyed ? " WHERE id >= ? AND id <= ?" : " WHERE seq >= ? AND seq <= ?")
                    + cutoff.sql("business_date", "seq", params);
            jdbc.query("SELECT unit, fiscal_year, " + COLUMNS + " FROM postings" + where + recordingOrder,
                    (ResultSetExtractor<Void>) rs -> {
                        while (rs.next() && found.size() < limit) {
                            // the dimensions decide; the rest of the row is read only for a posting that counts
                            if (rs.getInt("fiscal_year") == year && unit.equals(rs.getString("unit"))
                                    && counts.test(dimensions(rs, codes))) {
                                found.add(line(rs, codes));
                            }
                        }
                        return null;
                    }, params.toArray());
            from = to + 1;
            width = Math.min(width * 2, 1L << 40);
        }
        return found;
    }

    private static void in(StringBuilder where, List<Object> params, String column, Set<String> values) {
        where.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(")");
        params.addAll(values);
    }

    /** The postings a voucher recorded, and those of any entry that reversed it. */
    public List<PostingLine> ofVoucher(LedgerKey ledger, String voucher) {
        return query(" WHERE unit = ? AND fiscal_year = ? AND (voucher = ? OR reversed_voucher = ?)",
                new ArrayList<>(List.of(ledger.unit().value(), ledger.year().value(), voucher, voucher)));
    }

    private List<PostingLine> query(String where, List<Object> params) {
        Codes codes = new Codes();
        return jdbc.query("SELECT " + COLUMNS + " FROM postings" + where + recordingOrder,
                (rs, i) -> line(rs, codes), params.toArray());
    }

    /** A trace reads tens of thousands of postings over a few hundred codes: build each code once. */
    private static final class Codes {
        final Map<String, FunctionCode> functions = new HashMap<>();
        final Map<String, EconomicCode> economics = new HashMap<>();
    }

    private static PostingSum dimensions(ResultSet rs, Codes codes) throws SQLException {
        String economic = rs.getString("economic_code");
        String kind = rs.getString("kind");
        String procurement = rs.getString("procurement");
        Fen amount = Fen.of(rs.getLong("amount_fen"));
        return new PostingSum(Movement.ofCode(rs.getString("movement")), Fund.valueOf(rs.getString("fund")),
                codes.functions.computeIfAbsent(rs.getString("function_code"), FunctionCode::new),
                economic == null ? null : codes.economics.computeIfAbsent(economic, EconomicCode::new),
                kind == null ? null : SpendingKind.valueOf(kind), rs.getString("project"),
                procurement == null ? null : ProcurementCategory.valueOf(procurement), amount,
                Fen.of(rs.getLong("sme_fen")), Fen.of(rs.getLong("small_micro_fen")));
    }

    private static PostingLine line(ResultSet rs, Codes codes) throws SQLException {
        String economic = rs.getString("economic_code");
        String kind = rs.getString("kind");
        String procurement = rs.getString("procurement");
        return new PostingLine(rs.getLong("seq"), rs.getInt("line_no"), rs.getString("voucher"),
                rs.getDate("business_date").toLocalDate(), rs.getString("memo"),
                Movement.ofCode(rs.getString("movement")), Fund.valueOf(rs.getString("fund")),
                codes.functions.computeIfAbsent(rs.getString("function_code"), FunctionCode::new),
                economic == null ? null : codes.economics.computeIfAbsent(economic, EconomicCode::new),
                kind == null ? null : SpendingKind.valueOf(kind), rs.getString("project"),
                procurement == null ? null : ProcurementCategory.valueOf(procurement),
                Fen.of(rs.getLong("amount_fen")), Fen.of(rs.getLong("sme_fen")), Fen.of(rs.getLong("small_micro_fen")),
                rs.getString("adjustment_type"), rs.getString("document"), rs.getString("reversed_voucher"),
                rs.getString("recorded_by"), rs.getString("recorded_reason"));
    }
}
