package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;

/** 公开08表 国有资本经营预算财政拨款支出决算表: state-capital appropriation spending by 类/款/项; "本表无数据" when none. */
public final class Table08StateCapital implements PublicTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("合计", Table08StateCapital::spent),
            Classified.Column.of("基本支出", s -> spent(s) && s.isBasic()),
            Classified.Column.of("项目支出", s -> spent(s) && s.kind() == SpendingKind.PROJECT));

    private final CodeNames names;

    public Table08StateCapital(CodeNames names) {
        this.names = names;
    }

    private static boolean spent(PostingSum s) {
        return s.isExpenditure() && s.fund() == Fund.STATE_CAPITAL;
    }

    @Override
    public String id() {
        return "08";
    }

    @Override
    public String title() {
        return "国有资本经营预算财政拨款支出决算表";
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
