package fiscalledger.projections;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.FactsRepository;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.table.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public tables (公开01–10表, 绩效自评, 说明, balances) of any unit-year, live or as of a cut-off. This is what
 * the shell calls; each table's row and column logic lives in its own class in {@code fiscalledger.projections.table}.
 */
public class PublicTables {
    private static final Pattern NUMBERED = Pattern.compile("(?:公开)?0?(\\d{1,2})(?:表)?");

    private final FactsRepository facts;
    private final Map<String, PublicTable> tables = new LinkedHashMap<>();

    public PublicTables(FactsRepository facts, CodeNames names) {
        this.facts = facts;
        for (PublicTable t : List.of(new Table01IncomeExpenditureSummary(names), new Table02Income(names),
                new Table03Expenditure(names), new Table04FiscalSummary(names),
                new Table05GeneralBudgetExpenditure(names), new Table06GeneralBudgetBasicDetail(names),
                new Table07GovernmentFund(names), new Table08StateCapital(names), new Table09ThreePublicExpenses(),
                new Table10RelatedInformation(), new PerformanceSelfEvaluation(), new ExplanationFigures(names),
                new BalancesTable(names))) {
            tables.put(t.id(), t);
        }
    }

    /** "01" … "10", "perf", "notes", "balances", in printed order. */
    public List<String> tableIds() {
        return List.copyOf(tables.keySet());
    }

    /** Every table with its title, in printed order (for help and completion). */
    public List<TableInfo> tables() {
        return tables.values().stream().map(t -> new TableInfo(t.id(), t.title())).toList();
    }

    public String title(String tableId) {
        return table(tableId).title();
    }

    /**
     * The canonical id of what a user typed: "1", "01", "公开01表", "perf" / "绩效自评", "notes" / "说明",
     * "balances" / "结转结余". Throws with the list of tables when it names none.
     */
    public String resolve(String idOrAlias) {
        String t = idOrAlias == null ? "" : idOrAlias.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMBERED.matcher(t);
        if (m.matches()) {
            String id = String.format("%02d", Integer.parseInt(m.group(1)));
            if (tables.containsKey(id)) {
                return id;
            }
        }
        String id = switch (t) {
            case "perf", "绩效自评", "绩效", "performance" -> "perf";
            case "notes", "说明", "情况说明" -> "notes";
            case "balances", "结转结余", "结转和结余", "balance" -> "balances";
            default -> null;
        };
        if (id == null) {
            throw new IllegalArgumentException("no table '" + idOrAlias + "'; tables are "
                    + String.join(", ", tables.keySet()));
        }
        return id;
    }

    public TableView render(String tableId, LedgerKey ledger, Cutoff cutoff) {
        PublicTable table = table(tableId);
        return table.render(facts.load(ledger, cutoff == null ? Cutoff.NONE : cutoff));
    }

    /** One table from facts already read (a trace reads them once for the table and for the postings' filter). */
    public TableView render(String tableId, LedgerFacts facts) {
        return table(tableId).render(facts);
    }

    /** The facts of a unit-year within a cut-off, as every table reads them. */
    public LedgerFacts facts(LedgerKey ledger, Cutoff cutoff) {
        return facts.load(ledger, cutoff == null ? Cutoff.NONE : cutoff);
    }

    /** The facts with their monthly sums, read in one pass (a trace renders the cell and breaks it down from them). */
    public fiscalledger.projections.facts.MonthlyFacts factsByMonth(LedgerKey ledger, Cutoff cutoff) {
        return facts.loadByMonth(ledger, cutoff == null ? Cutoff.NONE : cutoff);
    }

    public TableView render(String tableId, LedgerKey ledger) {
        return render(tableId, ledger, Cutoff.NONE);
    }

    /** Every table of a unit-year from one read of the read models (for checks and exports). */
    public Map<String, TableView> renderAll(LedgerKey ledger, Cutoff cutoff) {
        return renderAll(facts.load(ledger, cutoff == null ? Cutoff.NONE : cutoff));
    }

    /** Every table from facts already read. */
    public Map<String, TableView> renderAll(LedgerFacts f) {
        Map<String, TableView> views = new LinkedHashMap<>();
        tables.forEach((id, t) -> views.put(id, t.render(f)));
        return views;
    }

    /** The key of the row a reference names that is no printed key, code or name (see {@link PublicTable#rowKey}). */
    public java.util.Optional<String> rowKey(String tableId, String ref) {
        return table(tableId).rowKey(ref);
    }

    /** Which postings make up one money cell of a table (see {@link PublicTable#source}); empty when none do. */
    public java.util.Optional<CellSource> source(String tableId, TableRow row, String column) {
        return table(tableId).source(row, column);
    }

    /** The same, for the unit-year the facts are of (table 10's 机关运行经费 rows depend on the unit's type). */
    public java.util.Optional<CellSource> source(String tableId, TableRow row, String column, LedgerFacts facts) {
        return table(tableId).source(row, column, facts);
    }

    /** Which lines of the asset facts in force make up a count cell (see {@link PublicTable#assetSource}). */
    public java.util.Optional<AssetSource> assetSource(String tableId, TableRow row, String column) {
        return table(tableId).assetSource(row, column);
    }

    /** Which 政府采购合同 make up one money cell (see {@link PublicTable#contractSource}); empty when none do. */
    public java.util.Optional<fiscalledger.projections.table.ContractSource> contractSource(String tableId, TableRow row,
                                                                                           String column) {
        return table(tableId).contractSource(row, column);
    }

    private PublicTable table(String tableId) {
        return tables.get(resolve(tableId));
    }
}
