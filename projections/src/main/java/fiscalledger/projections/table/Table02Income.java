package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fund;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.util.List;

/** 公开02表 收入决算表: income by 功能分类 类/款/项, by source. */
public final class Table02Income extends ClassifiedTable {
    static final List<Classified.Column> COLUMNS = List.of(
            Classified.Column.of("本年收入合计", s -> s.is(Movement.INCOME)),
            Classified.Column.of("财政拨款收入", s -> s.is(Movement.INCOME) && s.isFiscal()),
            source("上级补助收入", Fund.SUPERIOR_SUBSIDY),
            source("事业收入", Fund.BUSINESS),
            source("经营收入", Fund.OPERATING),
            source("附属单位上缴收入", Fund.SUBSIDIARY_REMITTANCE),
            source("其他收入", Fund.OTHER));

    public Table02Income(CodeNames names) {
        super("02", "收入决算表", COLUMNS, names, "注：本表反映部门本年度取得的各项收入情况。", false);
    }

    private static Classified.Column source(String name, Fund fund) {
        return Classified.Column.of(name, (PostingSum s) -> s.is(Movement.INCOME) && s.fund() == fund);
    }
}
