package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;

/** 公开05表 一般公共预算财政拨款支出决算表: general-budget appropriation spending by 类/款/项. */
public final class Table05GeneralBudgetExpenditure implements PublicTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("小计", Table05GeneralBudgetExpenditure::spent),
            Classified.Column.of("基本支出", s -> spent(s) && s.isBasic()),
            Classified.Column.of("项目支出", s -> spent(s) && s.kind() == SpendingKind.PROJECT));

    private final CodeNames names;

    public Table05GeneralBudgetExpenditure(CodeNames names) {
        this.names = names;
    }

    private static boolean spent(PostingSum s) {
        return s.isExpenditure() && s.fund() == Fund.GENERAL_BUDGET;
    }

    @Override
    public String id() {
        return "05";
    }

    @Override
    public String title() {
        return "一般公共预算财政拨款支出决算表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        return Tables.view(this, facts, Classified.names(COLUMNS), Classified.rows(facts, COLUMNS, names), List.of(), 2, Tables.WAN);
    }

    @Override
    public java.util.Optional<CellSource> source(TableRow row, String column) {
        return Classified.source(COLUMNS, row, column);
    }
}
