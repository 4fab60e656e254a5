package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;

/** 公开05表 一般公共预算财政拨款支出决算表: general-budget appropriation spending by 类/款/项. */
public final class Table05GeneralBudgetExpenditure extends ClassifiedTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("小计", Table05GeneralBudgetExpenditure::spent),
            Classified.Column.of("基本支出", s -> spent(s) && s.isBasic()),
            Classified.Column.of("项目支出", s -> spent(s) && s.kind() == SpendingKind.PROJECT));

    public Table05GeneralBudgetExpenditure(CodeNames names) {
        super("05", "一般公共预算财政拨款支出决算表", COLUMNS, names, "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
                false);
    }

    private static boolean spent(PostingSum s) {
        return s.isExpenditure() && s.fund() == Fund.GENERAL_BUDGET;
    }
}
