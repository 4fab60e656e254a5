package fiscalledger.projections.check;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.table.BalancesTable;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read models themselves: every table and view exists, and (for the live state) the {@code balances} view
 * that ad-hoc SQL reads agrees with the balances the tables are computed from, fund by fund and code by code.
 */
final class ReadModelChecks {
    private final ReadModelSchema schema;
    private final JdbcTemplate jdbc;

    ReadModelChecks(ReadModelSchema schema, JdbcTemplate jdbc) {
        this.schema = schema;
        this.jdbc = jdbc;
    }

    /** Run before anything is read: with a table missing, no other check can be trusted. */
    List<CheckResult> structure() {
        Findings f = new Findings("读模型完整");
        List<String> missing = schema.missing();
        if (!missing.isEmpty()) {
            f.fail("read models", "missing " + String.join(", ", missing) + "; rebuild the read models (replay)");
        }
        return f.results(ReadModelSchema.TABLES.size() + ReadModelSchema.VIEWS.size() + " tables and views");
    }

    List<CheckResult> balancesView(TableView balances, LedgerFacts facts) {
        Findings f = new Findings("balances 视图 = 结转和结余");
        List<Object> params = new ArrayList<>(List.of(facts.key().unit().value(), facts.key().year().value()));
        String sql = "SELECT fund, function_code, closing_fen FROM balances WHERE unit = ? AND fiscal_year = ?";
        if (!facts.cutoff().isNone()) {
            // the view knows no cut-off: the same sum, over the postings within it (what as-of sql's view holds)
            sql = "SELECT fund, function_code, SUM(CASE WHEN movement IN ('opening', 'income', 'used') THEN amount_fen "
                    + "WHEN movement IN ('expenditure', 'distributed') THEN -amount_fen ELSE 0 END) AS closing_fen "
                    + "FROM postings WHERE unit = ? AND fiscal_year = ? "
                    + "AND movement IN ('opening', 'income', 'expenditure', 'used', 'distributed')"
                    + facts.cutoff().sql("business_date", "seq", params) + " GROUP BY fund, function_code";
        }
        List<Map<String, Object>> viewRows = jdbc.queryForList(sql, params.toArray());
        Map<String, TableRow> tableRows = new HashMap<>();
        balances.rows().forEach(r -> tableRows.put(r.key(), r));
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> v : viewRows) {
            // queryForList maps are case-insensitive: H2 reports FUND, PostgreSQL fund. The view holds the fund's
            // constant, the table prints its name.
            String key = BalancesTable.key(Fund.valueOf((String) v.get("fund")),
                    FunctionCode.of((String) v.get("function_code")));
            seen.add(key);
            Object closing = v.get("closing_fen");
            TableRow row = tableRows.get(key);
            Cell table = row == null ? Cell.empty() : row.cell(BalancesTable.CLOSING);
            f.add(f.identity("balances " + key + " [closing_fen]").left(Fen.of(((Number) closing).longValue()))
                    .right(table));
        }
        for (TableRow r : balances.rows()) {
            if (r.key().contains("/") && !seen.contains(r.key())) {
                f.fail("balances " + r.key(), "in the postings but missing from the balances view");
            }
        }
        return f.results("balances");
    }
}
