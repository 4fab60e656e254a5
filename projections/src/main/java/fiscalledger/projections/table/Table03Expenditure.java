package fiscalledger.projections.table;

import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;

/** 公开03表 支出决算表: all expenditure by 功能分类 类/款/项, by kind of spending. */
public final class Table03Expenditure implements PublicTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("本年支出合计", PostingSum::isExpenditure),
            Classified.Column.of("基本支出", s -> s.isExpenditure() && s.isBasic()),
            kind("项目支出", SpendingKind.PROJECT),
            kind("上缴上级支出", SpendingKind.REMIT_TO_SUPERIOR),
            kind("经营支出", SpendingKind.OPERATING),
            kind("对附属单位补助支出", SpendingKind.GRANT_TO_SUBSIDIARY));

    private final CodeNames names;

    public Table03Expenditure(CodeNames names) {
        this.names = names;
    }

    private static Classified.Column kind(String name, SpendingKind kind) {
        return Classified.Column.of(name, (PostingSum s) -> s.isExpenditure() && s.kind() == kind);
    }

    @Override
    public String id() {
        return "03";
    }

    @Override
    public String title() {
        return "支出决算表";
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
