package fiscalledger.projections.check;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.table.BalancesTable;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        if (!facts.cutoff().isNone()) {
            return List.of();
        }
        List<Map<String, Object>> viewRows = jdbc.queryForList("SELECT fund, function_code, closing_fen FROM balances "
                + "WHERE unit = ? AND fiscal_year = ?", facts.key().unit().value(), facts.key().year().value());
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> v : viewRows) {
            // queryForList maps are case-insensitive: H2 reports FUND, PostgreSQL fund
            String key = v.get("fund") + "/" + v.get("function_code");
            seen.add(key);
            Object closing = v.get("closing_fen");
            String where = "balances " + key + " [closing_fen]";
            final String k = key;
            Cell table = balances.rows().stream().filter(r -> r.key().equals(k)).findFirst()
                    .map(r -> r.cell(BalancesTable.CLOSING)).orElse(Cell.empty());
            f.add(f.identity(where).left(Fen.of(((Number) closing).longValue())).right(table));
        }
        for (TableRow r : balances.rows()) {
            if (r.key().contains("/") && !seen.contains(r.key())) {
                f.fail("balances " + r.key(), "in the postings but missing from the balances view");
            }
        }
        return f.results("balances");
    }
}
