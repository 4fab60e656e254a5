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
 * 结转和结余 by fund and function code: opening, income, expenditure, used balance, distribution and closing,
 * with closing = opening + income − expenditure + used − distributed exactly. Rows are keyed as printed, by the
 * fund's name in the publication and the 项 code ("一般公共预算财政拨款/2010301", named 行政运行 from the catalog), a
 * 小计 per fund keyed by the fund's name ("一般公共预算财政拨款") and "合计". A row may also be named by the fund's
 * short form or English constant ("一般公共预算/2010301", "GENERAL_BUDGET/2010301", "GENERAL_BUDGET": the keys this
 * table printed before, which scripts of `trace balances` use).
 */
public final class BalancesTable implements PublicTable {
    public static final String OPENING = "年初结转和结余";
    public static final String INCOME = "本年收入";
    public static final String EXPENDITURE = "本年支出";
    public static final String USED = "使用非财政拨款结余";
    public static final String DISTRIBUTED = "结余分配";
    public static final String CLOSING = "年末结转和结余";
    static final List<String> COLUMNS = List.of(OPENING, INCOME, EXPENDITURE, USED, DISTRIBUTED, CLOSING);
    private static final List<Movement> MOVEMENTS = List.of(Movement.OPENING, Movement.INCOME, Movement.EXPENDITURE,
            Movement.USED, Movement.DISTRIBUTED);

    private final CodeNames names;

    public BalancesTable(CodeNames names) {
        this.names = names;
    }

    @Override
    public String id() {
        return "balances";
    }

    @Override
    public String title() {
        return "结转和结余（按资金来源和功能科目）";
    }

    @Override
    public TableView render(LedgerFacts facts) {
        Map<Fund, Map<FunctionCode, long[]>> byFund = new EnumMap<>(Fund.class);
        for (PostingSum s : facts.sums()) {
            int i = MOVEMENTS.indexOf(s.movement());
            if (i >= 0) {
                long[] acc = byFund.computeIfAbsent(s.fund(), f -> new TreeMap<>())
                        .computeIfAbsent(s.function(), c -> new long[MOVEMENTS.size()]);
                acc[i] = Math.addExact(acc[i], s.amount().value());
            }
        }
        Rows rows = new Rows();
        long[] total = new long[MOVEMENTS.size()];
        byFund.forEach((fund, codes) -> {
            long[] sub = new long[MOVEMENTS.size()];
            List<Runnable> detail = new ArrayList<>();
            codes.forEach((code, acc) -> {
                for (int i = 0; i < acc.length; i++) {
                    sub[i] += acc[i];
                }
                detail.add(() -> cells(rows.add(key(fund, code), code.value(), names.functionName(code)), acc));
            });
            cells(rows.add(fund.label(), "", "小计"), sub);
            detail.forEach(Runnable::run);
            for (int i = 0; i < sub.length; i++) {
                total[i] += sub[i];
            }
        });
        cells(rows.add("合计", "", "合计"), total);
        return Tables.view(this, facts, COLUMNS, rows, List.of(), Layout.keyed());
    }

    /** The printed key of a fund's row for a function code: 一般公共预算财政拨款/2010301. */
    public static String key(Fund fund, FunctionCode code) {
        return fund.label() + "/" + code.value();
    }

    /**
     * The printed key of the row a reference names by the fund's name, short form or constant, with or without the
     * code ("GENERAL_BUDGET/2010301" → "一般公共预算财政拨款/2010301"); empty when it names no fund.
     */
    @Override
    public Optional<String> rowKey(String ref) {
        String r = ref.strip();
        int slash = r.indexOf('/');
        Optional<Fund> fund = fund(slash < 0 ? r : r.substring(0, slash));
        if (fund.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(slash < 0 ? fund.get().label() : fund.get().label() + "/" + r.substring(slash + 1).strip());
    }

    private static Optional<Fund> fund(String text) {
        try {
            return Optional.of(Fund.parse(text));
        } catch (IllegalArgumentException notAFund) {
            return Optional.empty();
        }
    }

    private static void cells(Rows.Row row, long[] a) {
        for (int i = 0; i < MOVEMENTS.size(); i++) {
            row.money(COLUMNS.get(i), Fen.of(a[i]));
        }
        row.money(CLOSING, Fen.of(a[0] + a[1] - a[2] + a[3] - a[4]));
    }

    /**
     * A column is its movement (closing: opening + income + used against expenditure + distributed), a row its fund
     * and function code ("一般公共预算财政拨款/2010301"), its fund ("一般公共预算财政拨款") or everything ("合计").
     */
    @Override
    public Optional<CellSource> source(TableRow row, String column) {
        Predicate<PostingSum> inRow;
        String key = row.key();
        if (key.equals("合计")) {
            inRow = s -> true;
        } else {
            int slash = key.indexOf('/');
            Fund fund = Fund.parse(slash < 0 ? key : key.substring(0, slash));
            FunctionCode code = slash < 0 ? null : FunctionCode.of(key.substring(slash + 1));
            inRow = s -> s.fund() == fund && (code == null || s.function().equals(code));
        }
        if (column.equals(CLOSING)) {
            return Optional.of(new CellSource(inRow.and(s -> s.is(Movement.OPENING) || s.is(Movement.INCOME)
                    || s.is(Movement.USED)), inRow.and(s -> s.isExpenditure() || s.is(Movement.DISTRIBUTED))));
        }
        int i = COLUMNS.indexOf(column);
        if (i < 0) {
            return Optional.empty();
        }
        Movement movement = MOVEMENTS.get(i);
        return Optional.of(CellSource.of(inRow.and(s -> s.is(movement))));
    }
}
