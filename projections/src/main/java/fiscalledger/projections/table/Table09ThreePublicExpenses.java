package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 公开09表 财政拨款“三公”经费支出决算表, fiscal funds only: 因公出国（境）费 = economic 30212, 公务用车购置费 =
 * 31013 + 30913, 公务用车运行维护费 = 30231, 公务接待费 = 30217. 预算数 = 全年预算 (年初预算 and every adjustment)
 * of budget lines with those economic codes; 决算数 = the spending on them.
 */
public final class Table09ThreePublicExpenses implements PublicTable {
    public static final String BUDGET = "预算数";
    public static final String ACTUAL = "决算数";
    public static final String TOTAL = "合计";
    public static final String ABROAD = "因公出国（境）费";
    public static final String VEHICLES = "公务用车购置及运行维护费小计";
    public static final String VEHICLE_PURCHASE = "公务用车购置费";
    public static final String VEHICLE_RUNNING = "公务用车运行维护费";
    public static final String RECEPTION = "公务接待费";
    static final Set<String> ABROAD_CODES = Set.of("30212");
    static final Set<String> PURCHASE_CODES = Set.of("31013", "30913");
    static final Set<String> RUNNING_CODES = Set.of("30231");
    static final Set<String> RECEPTION_CODES = Set.of("30217");
    static final String NOTE = "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
            + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。";
    private static final Layout LAYOUT = Layout.named(Layout.UnitLabel.DEPARTMENT, "项目", false);
    private static final List<String> ROWS = List.of(TOTAL, ABROAD, VEHICLES, VEHICLE_PURCHASE, VEHICLE_RUNNING,
            RECEPTION);

    @Override
    public String id() {
        return "09";
    }

    @Override
    public String title() {
        return "财政拨款“三公”经费支出决算表";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        for (String key : ROWS) {
            rows.add(key, "", key).money(BUDGET, source(key, BUDGET).sum(facts))
                    .money(ACTUAL, source(key, ACTUAL).sum(facts));
        }
        return Tables.view(this, facts, List.of(BUDGET, ACTUAL), rows, List.of(NOTE), LAYOUT);
    }

    @Override
    public Optional<CellSource> source(TableRow row, String column) {
        return BUDGET.equals(column) || ACTUAL.equals(column) ? Optional.of(source(row.key(), column))
                : Optional.empty();
    }

    /**
     * The postings of each cell, the one place that says what a cell of table 09 is: 预算数 the budget postings
     * (年初预算 and every adjustment), 决算数 the spending, of fiscal funds on the row's economic codes; 小计 and 合计
     * take the union of their rows' codes, which are disjoint, so they are the sums of those rows.
     */
    static CellSource source(String key, String column) {
        Predicate<PostingSum> movement = BUDGET.equals(column) ? PostingSum::isBudget : PostingSum::isExpenditure;
        Set<String> codes = codes(key);
        return CellSource.of(s -> movement.test(s) && s.isFiscal() && s.economic() != null
                && codes.contains(s.economic().value()));
    }

    private static Set<String> codes(String key) {
        Set<String> vehicles = union(PURCHASE_CODES, RUNNING_CODES);
        return switch (key) {
            case TOTAL -> union(ABROAD_CODES, union(vehicles, RECEPTION_CODES));
            case ABROAD -> ABROAD_CODES;
            case VEHICLES -> vehicles;
            case VEHICLE_PURCHASE -> PURCHASE_CODES;
            case VEHICLE_RUNNING -> RUNNING_CODES;
            case RECEPTION -> RECEPTION_CODES;
            default -> throw new IllegalArgumentException("table 09 has no row '" + key + "'");
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Σ of a movement of fiscal funds on these economic codes (the 说明's 三公 rates use it too). */
    static Fen on(LedgerFacts facts, Predicate<PostingSum> movement, Set<String> codes) {
        return facts.sum(s -> movement.test(s) && s.isFiscal() && s.economic() != null
                && codes.contains(s.economic().value()));
    }
}
