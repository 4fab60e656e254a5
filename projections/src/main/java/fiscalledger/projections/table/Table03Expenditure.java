package fiscalledger.projections.table;

import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;

/** 公开03表 支出决算表: all expenditure by 功能分类 类/款/项, by kind of spending. */
public final class Table03Expenditure extends ClassifiedTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("本年支出合计", PostingSum::isExpenditure),
            Classified.Column.of("基本支出", s -> s.isExpenditure() && s.isBasic()),
            kind("项目支出", SpendingKind.PROJECT),
            kind("上缴上级支出", SpendingKind.REMIT_TO_SUPERIOR),
            kind("经营支出", SpendingKind.OPERATING),
            kind("对附属单位补助支出", SpendingKind.GRANT_TO_SUBSIDIARY));

    public Table03Expenditure(CodeNames names) {
        super("03", "支出决算表", COLUMNS, names, "注：本表反映部门本年度各项支出情况。", false);
    }

    private static Classified.Column kind(String name, SpendingKind kind) {
        return Classified.Column.of(name, (PostingSum s) -> s.isExpenditure() && s.kind() == kind);
    }
}
