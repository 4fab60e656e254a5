package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * 公开01表 收入支出决算总表: income by source (rows 1–8), all expenditure by 功能分类 类 (rows 32–57, the 26 类 always
 * printed), and the totals on each side; 总计 (31) = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 and
 * 总计 (62) = 本年支出合计 + 结余分配 + 年末结转和结余. Every cell is the sum of the postings its row's
 * {@link #source} names, which is also what trace lists.
 */
public final class Table01IncomeExpenditureSummary implements PublicTable {
    public static final String AMOUNT = "金额";
    private static final List<Fund> INCOME_ROWS = List.of(Fund.values());
    private static final int FIRST_CATEGORY_ROW = 32;
    static final String NOTE = "注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。";
    /** The publication prints income (收入) and spending (支出) side by side; one under the other here. */
    private static final Layout LAYOUT = Layout.rowNumbered(Layout.UnitLabel.DEPARTMENT, List.of(
            new Layout.Section("收入", "1"), new Layout.Section("支出", String.valueOf(FIRST_CATEGORY_ROW))));

    private final CodeNames names;

    public Table01IncomeExpenditureSummary(CodeNames names) {
        this.names = names;
    }

    @Override
    public String id() {
        return "01";
    }

    @Override
    public String title() {
        return "收入支出决算总表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        for (int i = 0; i < INCOME_ROWS.size(); i++) {
            Fund fund = INCOME_ROWS.get(i);
            row(rows, facts, String.valueOf(i + 1), "", ChineseNumerals.prefix(i + 1) + fund.label() + (fund.isFiscal() ? "收入" : ""));
        }
        row(rows, facts, "27", "", "本年收入合计");
        row(rows, facts, "28", "", "使用非财政拨款结余（含专用结余）");
        row(rows, facts, "29", "", "年初结转和结余");
        row(rows, facts, "31", "", "总计");
        Set<FunctionCode> categories = new LinkedHashSet<>(names.printedCategories());
        int i = 0;
        for (FunctionCode category : categories) {
            row(rows, facts, String.valueOf(FIRST_CATEGORY_ROW + i), category.value(),
                    ChineseNumerals.prefix(i + 1) + names.functionName(category));
            i++;
        }
        // a 类 outside the printed 26 (registered later) still has to be shown, or the side would not add up
        Set<FunctionCode> others = new TreeSet<>();
        facts.sums().stream().filter(PostingSum::isExpenditure).map(s -> s.function().category())
                .filter(c -> !categories.contains(c)).forEach(others::add);
        others.forEach(c -> row(rows, facts, c.value(), c.value(), names.functionName(c)));
        row(rows, facts, "58", "", "本年支出合计");
        row(rows, facts, "59", "", "结余分配");
        row(rows, facts, "60", "", "年末结转和结余");
        row(rows, facts, "62", "", "总计");
        return Tables.view(this, facts, List.of(AMOUNT), rows, List.of(NOTE), LAYOUT);
    }

    private void row(Rows rows, LedgerFacts facts, String key, String code, String name) {
        rows.add(key, code, name).money(AMOUNT, source(key, code).sum(facts));
    }

    @Override
    public Optional<CellSource> source(TableRow row, String column) {
        return AMOUNT.equals(column) ? Optional.of(source(row.key(), row.code())) : Optional.empty();
    }

    /** The postings of each row: the one place that says what a row of table 01 is. */
    private CellSource source(String key, String code) {
        Predicate<PostingSum> income = s -> s.is(Movement.INCOME);
        Predicate<PostingSum> used = s -> s.is(Movement.USED);
        Predicate<PostingSum> opening = s -> s.is(Movement.OPENING);
        Predicate<PostingSum> expenditure = PostingSum::isExpenditure;
        Predicate<PostingSum> distributed = s -> s.is(Movement.DISTRIBUTED);
        if (code != null && !code.isEmpty()) {
            FunctionCode category = FunctionCode.of(code);
            return CellSource.of(PostingSum::isExpenditure).within(category);
        }
        int row = Integer.parseInt(key);
        if (row >= 1 && row <= INCOME_ROWS.size()) {
            Fund fund = INCOME_ROWS.get(row - 1);
            return CellSource.of(income.and(s -> s.fund() == fund));
        }
        return switch (row) {
            case 27 -> CellSource.of(income);
            case 28 -> CellSource.of(used);
            case 29 -> CellSource.of(opening);
            // 总计 = income + used + opening on the left, and spending + distribution + closing on the right, which is
            // the same sum because closing = opening + income − expenditure + used − distributed
            case 31, 62 -> CellSource.of(income.or(used).or(opening));
            case 58 -> CellSource.of(expenditure);
            case 59 -> CellSource.of(distributed);
            case 60 -> new CellSource(opening.or(income).or(used), expenditure.or(distributed));
            default -> throw new IllegalArgumentException("table 01 has no row " + key);
        };
    }
}
