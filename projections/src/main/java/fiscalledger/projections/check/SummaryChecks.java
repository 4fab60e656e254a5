package fiscalledger.projections.check;

import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table 01: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余, each
 * 合计 the sum of its rows. Table 04, per fund and in total: 年初财政拨款结转和结余 + 本年收入 − 本年支出 =
 * 年末财政拨款结转和结余, with its totals and the 合计 column the sum of the funds.
 */
final class SummaryChecks implements IdentityCheck {
    private static final String AMOUNT = "金额";

    @Override
    public List<CheckResult> check(Map<String, TableView> tables, LedgerFacts facts) {
        List<CheckResult> results = new ArrayList<>();
        results.addAll(table01(tables.get("01")));
        results.addAll(table04(tables.get("04")));
        return results;
    }

    private static List<CheckResult> table01(TableView t) {
        List<CheckResult> results = new ArrayList<>();
        Findings income = new Findings("01 收入方");
        Identity rows = income.identity("表01 行27 本年收入合计 = 行1–8");
        rows.left(t.row("27").cell(AMOUNT));
        for (int i = 1; i <= 8; i++) {
            rows.right(t.row(String.valueOf(i)).cell(AMOUNT));
        }
        income.add(rows);
        income.add(income.identity("表01 行31 总计 = 行27 + 行28 + 行29").left(t.row("31").cell(AMOUNT))
                .right(t.row("27").cell(AMOUNT)).right(t.row("28").cell(AMOUNT)).right(t.row("29").cell(AMOUNT)));
        results.addAll(income.results("表01 收入"));

        Findings spending = new Findings("01 支出方");
        Identity categories = spending.identity("表01 行58 本年支出合计 = 行32–57 (各类)");
        categories.left(t.row("58").cell(AMOUNT));
        t.rows().stream().filter(r -> !r.code().isEmpty()).forEach(r -> categories.right(r.cell(AMOUNT)));
        spending.add(categories);
        spending.add(spending.identity("表01 行62 总计 = 行58 + 行59 + 行60").left(t.row("62").cell(AMOUNT))
                .right(t.row("58").cell(AMOUNT)).right(t.row("59").cell(AMOUNT)).right(t.row("60").cell(AMOUNT)));
        results.addAll(spending.results("表01 支出"));

        Findings balance = new Findings("01 收支总计平衡");
        balance.add(balance.identity("表01 行31 总计 = 行62 总计").left(t.row("31").cell(AMOUNT)).right(t.row("62").cell(AMOUNT)));
        results.addAll(balance.results("表01"));
        return results;
    }

    private static List<CheckResult> table04(TableView t) {
        List<CheckResult> results = new ArrayList<>();
        String in = "收入金额";
        List<String> funds = t.columns().subList(2, t.columns().size());
        for (int i = 0; i < funds.size(); i++) {
            String fund = funds.get(i);
            Findings f = new Findings("04 " + fund + "结转");
            f.add(f.identity("表04 行" + (29 + i) + " 年初 + 行" + (1 + i) + " 收入 − 行59 支出 = 行60 年末 [" + fund + "]")
                    .left(t.row(String.valueOf(29 + i)).cell(in)).left(t.row(String.valueOf(1 + i)).cell(in))
                    .leftMinus(t.row("59").cell(fund)).right(t.row("60").cell(fund)));
            f.add(f.identity("表04 行64 总计 = 行59 + 行60 [" + fund + "]").left(t.row("64").cell(fund))
                    .right(t.row("59").cell(fund)).right(t.row("60").cell(fund)));
            results.addAll(f.results("表04 " + fund));
        }
        Findings total = new Findings("04 财政拨款结转合计");
        total.add(total.identity("表04 行28 年初 + 行27 收入 − 行59 支出 = 行60 年末 [合计]").left(t.row("28").cell(in))
                .left(t.row("27").cell(in)).leftMinus(t.row("59").cell("合计")).right(t.row("60").cell("合计")));
        Identity income = total.identity("表04 行27 本年收入合计 = 行1–3");
        income.left(t.row("27").cell(in));
        Identity opening = total.identity("表04 行28 年初财政拨款结转和结余 = 行29–31");
        opening.left(t.row("28").cell(in));
        for (int i = 0; i < funds.size(); i++) {
            income.right(t.row(String.valueOf(1 + i)).cell(in));
            opening.right(t.row(String.valueOf(29 + i)).cell(in));
        }
        total.add(income);
        total.add(opening);
        total.add(total.identity("表04 行32 总计 = 行27 + 行28").left(t.row("32").cell(in))
                .right(t.row("27").cell(in)).right(t.row("28").cell(in)));
        total.add(total.identity("表04 收入总计 行32 = 支出总计 行64").left(t.row("32").cell(in)).right(t.row("64").cell("合计")));
        for (String column : t.columns().subList(1, t.columns().size())) {
            Identity spent = total.identity("表04 行59 本年支出合计 = 各类 [" + column + "]");
            spent.left(t.row("59").cell(column));
            t.rows().stream().filter(r -> !r.code().isEmpty()).forEach(r -> spent.right(r.cell(column)));
            total.add(spent);
        }
        for (TableRow r : t.rows()) {
            if (r.cells().containsKey("合计")) {
                Identity row = total.identity("表04 行" + r.key() + " " + r.name() + " 合计 = 各资金");
                row.left(r.cell("合计"));
                funds.forEach(fund -> row.right(r.cell(fund)));
                total.add(row);
            }
        }
        results.addAll(total.results("表04"));
        return results;
    }
}
