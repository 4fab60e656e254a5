package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.util.*;

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
        Map<Fund, Fen> income = byFund(facts, s -> s.is(Movement.INCOME));
        Map<Fund, Fen> opening = byFund(facts, s -> s.is(Movement.OPENING));
        Map<Fund, Fen> spent = byFund(facts, PostingSum::isExpenditure);
        Map<Fund, Fen> used = byFund(facts, s -> s.is(Movement.USED));
        Map<Fund, Fen> distributed = byFund(facts, s -> s.is(Movement.DISTRIBUTED));
        for (int i = 0; i < FUNDS.size(); i++) {
            Fund f = FUNDS.get(i);
            rows.add(String.valueOf(i + 1), "", ChineseNumerals.prefix(i + 1) + f.label()).money(INCOME, income.get(f));
        }
        Fen totalIncome = total(income);
        Fen totalOpening = total(opening);
        rows.add("27", "", "本年收入合计").money(INCOME, totalIncome);
        rows.add("28", "", "年初财政拨款结转和结余").money(INCOME, totalOpening);
        for (int i = 0; i < FUNDS.size(); i++) {
            Fund f = FUNDS.get(i);
            rows.add(String.valueOf(29 + i), "", f.label()).money(INCOME, opening.get(f));
        }
        rows.add("32", "", "总计").money(INCOME, totalIncome.plus(totalOpening));

        Map<FunctionCode, Map<Fund, Fen>> byCategory = new TreeMap<>();
        for (PostingSum s : facts.sums()) {
            if (s.isExpenditure() && s.isFiscal()) {
                byCategory.computeIfAbsent(s.function().category(), k -> new EnumMap<>(Fund.class))
                        .merge(s.fund(), s.amount(), Fen::plus);
            }
        }
        Set<FunctionCode> printed = new LinkedHashSet<>(names.printedCategories());
        int i = 0;
        for (FunctionCode c : printed) {
            fundCells(rows.add(String.valueOf(33 + i), c.value(), ChineseNumerals.prefix(i + 1) + names.functionName(c)),
                    byCategory.getOrDefault(c, Map.of()));
            i++;
        }
        byCategory.keySet().stream().filter(c -> !printed.contains(c))
                .forEach(c -> fundCells(rows.add(c.value(), c.value(), names.functionName(c)), byCategory.get(c)));
        fundCells(rows.add("59", "", "本年支出合计"), spent);
        Map<Fund, Fen> closing = new EnumMap<>(Fund.class);
        for (Fund f : FUNDS) {
            closing.put(f, opening.get(f).plus(income.get(f)).minus(spent.get(f)).plus(used.get(f)).minus(distributed.get(f)));
        }
        fundCells(rows.add("60", "", "年末财政拨款结转和结余"), closing);
        Map<Fund, Fen> grand = new EnumMap<>(Fund.class);
        FUNDS.forEach(f -> grand.put(f, spent.get(f).plus(closing.get(f))));
        fundCells(rows.add("64", "", "总计"), grand);
        return Tables.view(this, facts, COLUMNS, rows, List.of());
    }

    private static Map<Fund, Fen> byFund(LedgerFacts facts, java.util.function.Predicate<PostingSum> which) {
        Map<Fund, Fen> result = new EnumMap<>(Fund.class);
        FUNDS.forEach(f -> result.put(f, Fen.ZERO));
        facts.sumBy(s -> which.test(s) && s.isFiscal(), PostingSum::fund).forEach(result::put);
        return result;
    }

    private static Fen total(Map<Fund, Fen> amounts) {
        return amounts.values().stream().reduce(Fen.ZERO, Fen::plus);
    }

    private static void fundCells(Rows.Row row, Map<Fund, Fen> amounts) {
        row.money(TOTAL, total(amounts));
        FUNDS.forEach(f -> row.money(f.label(), amounts.getOrDefault(f, Fen.ZERO)));
    }
}
