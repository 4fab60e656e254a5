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
import java.util.Map;
import java.util.Set;

/**
 * 公开01表 收入支出决算总表: income by source (rows 1–8), all expenditure by 功能分类 类 (rows 32–57, the 26 类 always
 * printed), and the totals on each side; 总计 (31) = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 and
 * 总计 (62) = 本年支出合计 + 结余分配 + 年末结转和结余.
 */
public final class Table01IncomeExpenditureSummary implements PublicTable {
    public static final String AMOUNT = "金额";
    private static final List<Fund> INCOME_ROWS = List.of(Fund.values());

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
        Map<Fund, Fen> income = facts.sumBy(s -> s.is(Movement.INCOME), PostingSum::fund);
        for (int i = 0; i < INCOME_ROWS.size(); i++) {
            Fund fund = INCOME_ROWS.get(i);
            rows.add(String.valueOf(i + 1), "", ChineseNumerals.prefix(i + 1) + fund.label() + (fund.isFiscal() ? "收入" : ""))
                    .money(AMOUNT, income.getOrDefault(fund, Fen.ZERO));
        }
        Fen totalIncome = facts.sum(s -> s.is(Movement.INCOME));
        Fen used = facts.sum(s -> s.is(Movement.USED));
        Fen opening = facts.sum(s -> s.is(Movement.OPENING));
        rows.add("27", "", "本年收入合计").money(AMOUNT, totalIncome);
        rows.add("28", "", "使用非财政拨款结余（含专用结余）").money(AMOUNT, used);
        rows.add("29", "", "年初结转和结余").money(AMOUNT, opening);
        rows.add("31", "", "总计").money(AMOUNT, totalIncome.plus(used).plus(opening));

        Map<FunctionCode, Fen> spending = facts.sumBy(PostingSum::isExpenditure, s -> s.function().category());
        Set<FunctionCode> categories = new LinkedHashSet<>(names.printedCategories());
        int i = 0;
        for (FunctionCode category : categories) {
            rows.add(String.valueOf(32 + i), category.value(), ChineseNumerals.prefix(i + 1) + names.functionName(category))
                    .money(AMOUNT, spending.getOrDefault(category, Fen.ZERO));
            i++;
        }
        // a 类 outside the printed 26 (registered later) still has to be shown, or the side would not add up
        spending.keySet().stream().filter(c -> !categories.contains(c)).sorted().forEach(c ->
                rows.add(c.value(), c.value(), names.functionName(c)).money(AMOUNT, spending.get(c)));
        Fen expenditure = facts.sum(PostingSum::isExpenditure);
        Fen distributed = facts.sum(s -> s.is(Movement.DISTRIBUTED));
        Fen closing = opening.plus(totalIncome).minus(expenditure).plus(used).minus(distributed);
        rows.add("58", "", "本年支出合计").money(AMOUNT, expenditure);
        rows.add("59", "", "结余分配").money(AMOUNT, distributed);
        rows.add("60", "", "年末结转和结余").money(AMOUNT, closing);
        rows.add("62", "", "总计").money(AMOUNT, expenditure.plus(distributed).plus(closing));
        return Tables.view(this, facts, List.of(AMOUNT), rows, List.of());
    }
}
