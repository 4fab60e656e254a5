package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.util.List;

/**
 * 公开07表 政府性基金预算财政拨款收入支出决算表: government-fund appropriations by 类/款/项 — opening balance,
 * income, spending (小计/基本/项目) and closing balance; "本表无数据" when the unit has none.
 */
public final class Table07GovernmentFund extends ClassifiedTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("年初结转和结余", s -> fund(s) && s.is(Movement.OPENING)),
            Classified.Column.of("本年收入", s -> fund(s) && s.is(Movement.INCOME)),
            Classified.Column.of("小计", s -> fund(s) && s.isExpenditure()),
            Classified.Column.of("基本支出", s -> fund(s) && s.isExpenditure() && s.isBasic()),
            Classified.Column.of("项目支出", s -> fund(s) && s.isExpenditure() && s.kind() == SpendingKind.PROJECT),
            new Classified.Column("年末结转和结余",
                    s -> fund(s) && (s.is(Movement.OPENING) || s.is(Movement.INCOME) || s.is(Movement.USED)),
                    s -> fund(s) && (s.isExpenditure() || s.is(Movement.DISTRIBUTED))));

    public Table07GovernmentFund(CodeNames names) {
        super("07", "政府性基金预算财政拨款收入支出决算表", COLUMNS, names,
                "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", true);
    }

    private static boolean fund(PostingSum s) {
        return s.fund() == Fund.GOVERNMENT_FUND;
    }
}
