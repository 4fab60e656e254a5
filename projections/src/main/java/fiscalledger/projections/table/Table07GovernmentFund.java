package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.util.List;

/**
 * 公开07表 政府性基金预算财政拨款收入支出决算表: government-fund appropriations by 类/款/项 — opening balance,
 * income, spending (小计/基本/项目) and closing balance; "本表无数据" when the unit has none.
 */
public final class Table07GovernmentFund implements PublicTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("年初结转和结余", s -> fund(s) && s.is(Movement.OPENING)),
            Classified.Column.of("本年收入", s -> fund(s) && s.is(Movement.INCOME)),
            Classified.Column.of("小计", s -> fund(s) && s.isExpenditure()),
            Classified.Column.of("基本支出", s -> fund(s) && s.isExpenditure() && s.isBasic()),
            Classified.Column.of("项目支出", s -> fund(s) && s.isExpenditure() && s.kind() == SpendingKind.PROJECT),
            new Classified.Column("年末结转和结余",
                    s -> fund(s) && (s.is(Movement.OPENING) || s.is(Movement.INCOME) || s.is(Movement.USED)),
                    s -> fund(s) && (s.isExpenditure() || s.is(Movement.DISTRIBUTED))));

    private final CodeNames names;

    public Table07GovernmentFund(CodeNames names) {
        this.names = names;
    }

    private static boolean fund(PostingSum s) {
        return s.fund() == Fund.GOVERNMENT_FUND;
    }

    @Override
    public String id() {
        return "07";
    }

    @Override
    public String title() {
        return "政府性基金预算财政拨款收入支出决算表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        List<TableRow> rows = Classified.rows(facts, COLUMNS, names);
        return Tables.view(this, facts, Classified.names(COLUMNS), rows,
                rows.size() == 1 ? List.of(NoData.NOTE) : List.of(), 2, Tables.WAN);
    }

    @Override
    public java.util.Optional<CellSource> source(TableRow row, String column) {
        return Classified.source(COLUMNS, row, column);
    }
}
