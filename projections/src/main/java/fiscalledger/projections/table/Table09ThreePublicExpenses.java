package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.List;
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
        Fen[] budget = amounts(facts, PostingSum::isBudget);
        Fen[] actual = amounts(facts, PostingSum::isExpenditure);
        Rows rows = new Rows();
        String[] keys = {TOTAL, ABROAD, VEHICLES, VEHICLE_PURCHASE, VEHICLE_RUNNING, RECEPTION};
        for (int i = 0; i < keys.length; i++) {
            rows.add(keys[i], "", keys[i]).money(BUDGET, budget[i]).money(ACTUAL, actual[i]);
        }
        return Tables.view(this, facts, List.of(BUDGET, ACTUAL), rows, List.of());
    }

    /** total, abroad, vehicles subtotal, purchase, running, reception. */
    private static Fen[] amounts(LedgerFacts facts, Predicate<PostingSum> movement) {
        Fen abroad = on(facts, movement, ABROAD_CODES);
        Fen purchase = on(facts, movement, PURCHASE_CODES);
        Fen running = on(facts, movement, RUNNING_CODES);
        Fen reception = on(facts, movement, RECEPTION_CODES);
        Fen vehicles = purchase.plus(running);
        return new Fen[]{abroad.plus(vehicles).plus(reception), abroad, vehicles, purchase, running, reception};
    }

    static Fen on(LedgerFacts facts, Predicate<PostingSum> movement, Set<String> codes) {
        return facts.sum(s -> movement.test(s) && s.isFiscal() && s.economic() != null
                && codes.contains(s.economic().value()));
    }
}
