package fiscalledger.projections.table;

import fiscalledger.projections.facts.Contract;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;

/**
 * 说明: the figures the explanations (情况说明) derive from the tables — shares and rates, each from exact fen,
 * rounded half-up to 2 decimals; amounts in 万元. Rows are keyed "group/name" (e.g. "收入占比/财政拨款收入占本年收入合计%"),
 * with the group in the code column and the name as the explanation words it; one column, "value".
 */
public final class ExplanationFigures implements PublicTable {
    public static final String VALUE = "value";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final ContractSource SME_AMOUNT = new ContractSource(c -> true, Contract::sme);
    private static final ContractSource SMALL_MICRO_AMOUNT = new ContractSource(c -> true, Contract::smallMicro);

    private final CodeNames names;

    public ExplanationFigures(CodeNames names) {
        this.names = names;
    }

    @Override
    public String id() {
        return "notes";
    }

    @Override
    public String title() {
        return "情况说明中的数字";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Rows rows = new Rows();
        Fen income = facts.sum(s -> s.is(Movement.INCOME));
        add(rows, "收入占比", "财政拨款收入占本年收入合计%",
                share(facts.sum(s -> s.is(Movement.INCOME) && s.isFiscal()), income));
        Map<Fund, Fen> bySource = facts.sumBy(s -> s.is(Movement.INCOME) && !s.isFiscal(), PostingSum::fund);
        for (Fund f : Fund.values()) {
            if (!f.isFiscal() && !bySource.getOrDefault(f, Fen.ZERO).isZero()) {
                add(rows, "收入占比", f.label() + "占本年收入合计%", share(bySource.get(f), income));
            }
        }

        Fen spent = facts.sum(PostingSum::isExpenditure);
        add(rows, "支出占比", "基本支出占本年支出合计%", share(facts.sum(s -> s.isExpenditure() && s.isBasic()), spent));
        add(rows, "支出占比", "项目支出占本年支出合计%",
                share(facts.sum(s -> s.isExpenditure() && s.kind() == SpendingKind.PROJECT), spent));
        for (SpendingKind k : List.of(SpendingKind.REMIT_TO_SUPERIOR, SpendingKind.OPERATING, SpendingKind.GRANT_TO_SUBSIDIARY)) {
            Fen amount = facts.sum(s -> s.isExpenditure() && s.kind() == k);
            if (!amount.isZero()) {
                add(rows, "支出占比", k.label() + "占本年支出合计%", share(amount, spent));
            }
        }

        Map<FunctionCode, Fen> generalSpent = new TreeMap<>(facts.sumBy(
                s -> s.isExpenditure() && s.fund() == Fund.GENERAL_BUDGET, s -> s.function().category()));
        Fen generalTotal = generalSpent.values().stream().reduce(Fen.ZERO, Fen::plus);
        generalSpent.forEach((c, amount) -> add(rows, "一般公共预算财政拨款支出结构",
                label(c) + "占比%", share(amount, generalTotal)));

        Map<FunctionCode, Fen> initialBudget = new TreeMap<>(facts.sumBy(
                s -> s.is(Movement.BUDGET_INITIAL) && s.fund() == Fund.GENERAL_BUDGET, s -> s.function().category()));
        SortedSet<FunctionCode> categories = new TreeSet<>(generalSpent.keySet());
        categories.addAll(initialBudget.keySet());
        Fen initialTotal = initialBudget.values().stream().reduce(Fen.ZERO, Fen::plus);
        rows.add(key("一般公共预算财政拨款年初预算", "合计"), "一般公共预算财政拨款年初预算", "合计").cell(VALUE, amount(initialTotal));
        for (FunctionCode c : categories) {
            rows.add(key("一般公共预算财政拨款年初预算", label(c)), "一般公共预算财政拨款年初预算", label(c))
                    .cell(VALUE, amount(initialBudget.getOrDefault(c, Fen.ZERO)));
        }
        add(rows, "完成年初预算%", "合计", share(generalTotal, initialTotal));
        for (FunctionCode c : categories) {
            Fen budget = initialBudget.getOrDefault(c, Fen.ZERO);
            if (!budget.isZero()) {
                add(rows, "完成年初预算%", label(c), share(generalSpent.getOrDefault(c, Fen.ZERO), budget));
            }
        }

        Set<String> threePublic = new HashSet<>();
        threePublic.addAll(Table09ThreePublicExpenses.ABROAD_CODES);
        threePublic.addAll(Table09ThreePublicExpenses.PURCHASE_CODES);
        threePublic.addAll(Table09ThreePublicExpenses.RUNNING_CODES);
        threePublic.addAll(Table09ThreePublicExpenses.RECEPTION_CODES);
        add(rows, "三公经费", "完成全年预算%",
                share(Table09ThreePublicExpenses.on(facts, PostingSum::isExpenditure, threePublic),
                        Table09ThreePublicExpenses.on(facts, PostingSum::isBudget, threePublic)));

        // contracts, as table 10: the shares are of 政府采购合计 (Σ contract amounts)
        Fen procured = facts.contractSum(c -> true, Contract::amount);
        Fen sme = SME_AMOUNT.sum(facts);
        Fen smallMicro = SMALL_MICRO_AMOUNT.sum(facts);
        rows.add(key("政府采购", "授予中小企业合同金额"), "政府采购", "授予中小企业合同金额").cell(VALUE, amount(sme));
        add(rows, "政府采购", "授予中小企业合同金额占比%", share(sme, procured));
        rows.add(key("政府采购", "授予小微企业合同金额"), "政府采购", "授予小微企业合同金额").cell(VALUE, amount(smallMicro));
        add(rows, "政府采购", "授予小微企业合同金额占比%", share(smallMicro, procured));

        Fen personnel = Fen.ZERO;
        Fen publicUse = Fen.ZERO;
        for (PostingSum s : facts.sums()) {
            if (Table06GeneralBudgetBasicDetail.counts(s)) {
                if (Table06GeneralBudgetBasicDetail.PERSONNEL_CLASSES.contains(s.economic().category().value())) {
                    personnel = personnel.plus(s.amount());
                } else {
                    publicUse = publicUse.plus(s.amount());
                }
            }
        }
        rows.add(key("基本支出", "人员经费"), "基本支出", "人员经费").cell(VALUE, amount(personnel));
        rows.add(key("基本支出", "公用经费"), "基本支出", "公用经费").cell(VALUE, amount(publicUse));
        return Tables.view(this, facts, List.of(VALUE), rows.build(), List.of(), 2, "%/万元", Layout.keyed());
    }

    @Override
    public java.util.Optional<ContractSource> contractSource(TableRow row, String column) {
        if (!VALUE.equals(column)) {
            return java.util.Optional.empty();
        }
        if (row.key().equals(key("政府采购", "授予中小企业合同金额"))) {
            return java.util.Optional.of(SME_AMOUNT);
        }
        if (row.key().equals(key("政府采购", "授予小微企业合同金额"))) {
            return java.util.Optional.of(SMALL_MICRO_AMOUNT);
        }
        return java.util.Optional.empty();
    }

    /**
     * An amount as the explanation words it: 万元 with 2 decimals, and "0.00" rather than an empty cell (the text
     * says "年初预算0万元").
     */
    private static Cell amount(Fen fen) {
        return Cell.figure(fen.toWan(2));
    }

    public static String key(String group, String name) {
        return group + "/" + name;
    }

    private String label(FunctionCode category) {
        return category.value() + names.functionName(category);
    }

    private static void add(Rows rows, String group, String name, Cell value) {
        rows.add(key(group, name), group, name).cell(VALUE, value);
    }

    /** part / whole × 100, 2 decimals half-up; "——" when there is no whole to share. */
    static Cell share(Fen part, Fen whole) {
        if (whole.isZero()) {
            return Cell.notApplicable();
        }
        return Cell.figure(BigDecimal.valueOf(part.value()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole.value()), 2, RoundingMode.HALF_UP));
    }
}
