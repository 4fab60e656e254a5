package fiscalledger.projections.table;

import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;

import java.util.List;
import java.util.Optional;

/**
 * A table of 功能分类 类/款/项 rows (02, 03, 05, 07, 08): the tables differ only in their columns, so rows, rendering
 * and the cell→postings rule for trace come from the one {@link Classified} definition here.
 */
abstract class ClassifiedTable implements PublicTable {
    private final String id;
    private final String title;
    private final List<Classified.Column> columns;
    private final CodeNames names;
    private final boolean saysWhenEmpty;
    private final String note;
    private final Layout layout;

    /**
     * @param note          the 注 printed under the table (注：本表反映部门本年度取得的各项收入情况。)
     * @param saysWhenEmpty print "说明：本表无数据" when only the 合计 row is there (07 and 08 do, as published, and
     *                      head their amounts 单位：万元 rather than 金额单位：万元)
     */
    ClassifiedTable(String id, String title, List<Classified.Column> columns, CodeNames names, String note,
                    boolean saysWhenEmpty) {
        this.id = id;
        this.title = title;
        this.columns = columns;
        this.names = names;
        this.note = note;
        this.saysWhenEmpty = saysWhenEmpty;
        this.layout = Layout.classified(saysWhenEmpty ? "单位" : Layout.AMOUNT_UNIT, List.of());
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final TableView render(LedgerFacts facts) {
        List<TableRow> rows = Classified.rows(facts, columns, names);
        List<String> notes = saysWhenEmpty && rows.size() == 1 ? List.of(note, NoData.NOTE) : List.of(note);
        return Tables.view(this, facts, Classified.names(columns), rows, notes, 2, Tables.WAN, layout);
    }

    @Override
    public final Optional<CellSource> source(TableRow row, String column) {
        return Classified.source(columns, row, column);
    }
}
