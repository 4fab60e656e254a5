package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.util.*;
import java.util.function.Predicate;

/**
 * 公开04表 财政拨款收入支出决算总表: fiscal appropriations only. Income by fund (rows 1–3), 年初财政拨款结转和结余
 * by fund (28–31), 总计 (32); expenditure by 类 × fund (33–58), 本年支出合计 (59), 年末财政拨款结转和结余 (60),
 * 总计 (64). Per fund: opening + income − expenditure = closing.
 */
public final class Table04FiscalSummary implements PublicTable {
    public static final String INCOME = "收入金额";
    public static final String TOTAL = "合计";
    static final List<Fund> FUNDS = Arrays.stream(Fund.values()).filter(Fund::isFiscal).toList();
    static final List<String> COLUMNS;
    static final String NOTE = "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的"
            + "总收支和年末结转结余情况。";
    /** The publication prints income (收入) and spending (支出) side by side; one under the other here. */
    private static final Layout LAYOUT = Layout.rowNumbered(Layout.UnitLabel.DEPARTMENT, List.of(
            new Layout.Section("收入", "1"), new Layout.Section("支出", "33")));

    static {
        List<String> columns = new ArrayList<>(List.of(INCOME, TOTAL));
        FUNDS.forEach(f -> columns.add(f.label()));
        COLUMNS = List.copyOf(columns);
    }

    private final CodeNames names;

    public Table04FiscalSummary(CodeNames names) {
        this.names = names;
    }

    @Override
    public String id() {
        return "04";
    }

    @Override
    public String title() {
        return "财政拨款收入支出决算总表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        for (int i = 0; i < FUNDS.size(); i++) {
            income(rows, facts, String.valueOf(i + 1), ChineseNumerals.prefix(i + 1) + FUNDS.get(i).label());
        }
        income(rows, facts, "27", "本年收入合计");
        income(rows, facts, "28", "年初财政拨款结转和结余");
        for (int i = 0; i < FUNDS.size(); i++) {
            income(rows, facts, String.valueOf(29 + i), FUNDS.get(i).label());
        }
        income(rows, facts, "32", "总计");
        Set<FunctionCode> printed = new LinkedHashSet<>(names.printedCategories());
        int i = 0;
        for (FunctionCode c : printed) {
            spending(rows, facts, String.valueOf(33 + i), c.value(), ChineseNumerals.prefix(i + 1) + names.functionName(c));
            i++;
        }
        // a 类 outside the printed 26 (registered later) still has to be shown, or the side would not add up
        Set<FunctionCode> others = new TreeSet<>();
        facts.sums().stream().filter(s -> s.isExpenditure() && s.isFiscal()).map(s -> s.function().category())
                .filter(c -> !printed.contains(c)).forEach(others::add);
        others.forEach(c -> spending(rows, facts, c.value(), c.value(), names.functionName(c)));
        spending(rows, facts, "59", "", "本年支出合计");
        spending(rows, facts, "60", "", "年末财政拨款结转和结余");
        spending(rows, facts, "64", "", "总计");
        return Tables.view(this, facts, COLUMNS, rows, List.of(NOTE), LAYOUT);
    }

    private void income(Rows rows, LedgerFacts facts, String key, String name) {
        rows.add(key, "", name).money(INCOME, source(key, "", INCOME).sum(facts));
    }

    private void spending(Rows rows, LedgerFacts facts, String key, String code, String name) {
        Rows.Row row = rows.add(key, code, name);
        row.money(TOTAL, source(key, code, TOTAL).sum(facts));
        FUNDS.forEach(f -> row.money(f.label(), source(key, code, f.label()).sum(facts)));
    }

    @Override
    public Optional<CellSource> source(TableRow row, String column) {
        if (!COLUMNS.contains(column) || column.equals(INCOME) != isIncomeRow(row.key(), row.code())) {
            return Optional.empty();
        }
        return Optional.of(source(row.key(), row.code(), column));
    }

    private static boolean isIncomeRow(String key, String code) {
        return (code == null || code.isEmpty()) && key.matches("\\d+") && Integer.parseInt(key) <= 32;
    }

    /**
     * The postings of each cell, fiscal funds only: income rows by fund (1–3), 本年收入合计 (27), the opening balance
     * in total (28) and by fund (29–31), 总计 (32); spending by 类 and fund, 本年支出合计 (59), the closing balance
     * (60 = opening + income + used − spending − distributed) and 总计 (64 = spending + closing).
     */
    private static CellSource source(String key, String code, String column) {
        Predicate<PostingSum> inColumn = column.equals(INCOME) || column.equals(TOTAL) ? PostingSum::isFiscal
                : s -> s.fund().label().equals(column);
        Predicate<PostingSum> income = s -> s.is(Movement.INCOME);
        Predicate<PostingSum> opening = s -> s.is(Movement.OPENING);
        Predicate<PostingSum> used = s -> s.is(Movement.USED);
        Predicate<PostingSum> spent = PostingSum::isExpenditure;
        Predicate<PostingSum> distributed = s -> s.is(Movement.DISTRIBUTED);
        if (code != null && !code.isEmpty()) {
            return CellSource.of(inColumn.and(spent)).within(FunctionCode.of(code));
        }
        int row = Integer.parseInt(key);
        if (row >= 1 && row <= FUNDS.size()) {
            Fund fund = FUNDS.get(row - 1);
            return CellSource.of(income.and(s -> s.fund() == fund));
        }
        if (row >= 29 && row < 29 + FUNDS.size()) {
            Fund fund = FUNDS.get(row - 29);
            return CellSource.of(opening.and(s -> s.fund() == fund));
        }
        return switch (row) {
            case 27 -> CellSource.of(inColumn.and(income));
            case 28 -> CellSource.of(inColumn.and(opening));
            case 32 -> CellSource.of(inColumn.and(income.or(opening)));
            case 59 -> CellSource.of(inColumn.and(spent));
            case 60 -> new CellSource(inColumn.and(opening.or(income).or(used)), inColumn.and(spent.or(distributed)));
            // 总计 = 本年支出合计 + 年末结转和结余, in which the spending cancels out
            case 64 -> new CellSource(inColumn.and(opening.or(income).or(used)), inColumn.and(distributed));
            default -> throw new IllegalArgumentException("table 04 has no row " + key);
        };
    }
}
