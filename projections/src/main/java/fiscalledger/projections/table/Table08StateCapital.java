package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;

/** 公开08表 国有资本经营预算财政拨款支出决算表: state-capital appropriation spending by 类/款/项; "本表无数据" when none. */
public final class Table08StateCapital extends ClassifiedTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("合计", Table08StateCapital::spent),
            Classified.Column.of("基本支出", s -> spent(s) && s.isBasic()),
            Classified.Column.of("项目支出", s -> spent(s) && s.kind() == SpendingKind.PROJECT));

    public Table08StateCapital(CodeNames names) {
        super("08", "国有资本经营预算财政拨款支出决算表", COLUMNS, names,
                "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", true);
    }

    private static boolean spent(PostingSum s) {
        return s.isExpenditure() && s.fund() == Fund.STATE_CAPITAL;
    }
}
