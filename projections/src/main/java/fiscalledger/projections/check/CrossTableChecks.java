package fiscalledger.projections.check;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Identities between tables: 01 类 rows = 03 类 rows; 04's general-budget column = 05's 类 rows; 05 基本支出 =
 * 06 人员经费合计 + 公用经费合计 (and 06's own totals); 09 决算数 = the fiscal spending on the 三公 economic codes;
 * 10 机关运行经费 = fiscal 公用经费; the non-fiscal part of 01 (01 − 04) closes like any balance.
 */
final class CrossTableChecks implements IdentityCheck {

    @Override
    public List<CheckResult> check(Map<String, TableView> tables, LedgerFacts facts) {
        List<CheckResult> results = new ArrayList<>();
        TableView t01 = tables.get("01");
        TableView t03 = tables.get("03");
        TableView t04 = tables.get("04");
        TableView t05 = tables.get("05");
        TableView t06 = tables.get("06");

        Findings f0103 = new Findings("01↔03 各类支出");
        for (TableRow r : t01.rows()) {
            if (!r.code().isEmpty()) {
                f0103.add(f0103.identity("表01 行" + r.key() + " " + r.name() + " = 表03 " + r.code() + " [本年支出合计]")
                        .left(r.cell("金额")).right(cell(t03, r.code(), "本年支出合计")));
            }
        }
        f0103.add(f0103.identity("表01 行58 = 表03 合计 [本年支出合计]").left(t01.row("58").cell("金额"))
                .right(cell(t03, "合计", "本年支出合计")));
        results.addAll(f0103.results("表01/表03"));

        Findings f0405 = new Findings("04↔05 一般公共预算财政拨款支出");
        String general = Fund.GENERAL_BUDGET.label();
        for (TableRow r : t04.rows()) {
            if (!r.code().isEmpty()) {
                f0405.add(f0405.identity("表04 行" + r.key() + " " + r.name() + " [" + general + "] = 表05 " + r.code() + " [小计]")
                        .left(r.cell(general)).right(cell(t05, r.code(), "小计")));
            }
        }
        f0405.add(f0405.identity("表04 行59 [" + general + "] = 表05 合计 [小计]").left(t04.row("59").cell(general))
                .right(cell(t05, "合计", "小计")));
        results.addAll(f0405.results("表04/表05"));

        Findings f0506 = new Findings("05↔06 基本支出");
        f0506.add(f0506.identity("表05 合计 [基本支出] = 表06 人员经费合计 + 公用经费合计")
                .left(cell(t05, "合计", "基本支出")).right(cell(t06, "人员经费合计", "决算数"))
                .right(cell(t06, "公用经费合计", "决算数")));
        results.addAll(f0506.results("表05/表06"));

        results.addAll(table06(t06));
        results.addAll(table09(tables.get("09"), facts));
        results.addAll(table10(tables.get("10"), t06, facts));

        Findings nonFiscal = new Findings("非财政拨款结转和结余");
        nonFiscal.add(nonFiscal.identity("(表01 行29 − 表04 行28) + (表01 行27 − 表04 行27) + 表01 行28 − (表01 行58 − 表04 行59) − 表01 行59 = 表01 行60 − 表04 行60")
                .left(t01.row("29").cell("金额")).leftMinus(t04.row("28").cell("收入金额"))
                .left(t01.row("27").cell("金额")).leftMinus(t04.row("27").cell("收入金额"))
                .left(t01.row("28").cell("金额"))
                .leftMinus(t01.row("58").cell("金额")).left(t04.row("59").cell("合计"))
                .leftMinus(t01.row("59").cell("金额"))
                .right(t01.row("60").cell("金额")).rightMinus(t04.row("60").cell("合计")));
        results.addAll(nonFiscal.results("表01/表04"));
        return results;
    }

    private static List<CheckResult> table06(TableView t) {
        Findings f = new Findings("06 经济分类合计");
        String col = "决算数";
        Identity personnel = f.identity("表06 人员经费合计 = 301 + 303");
        Identity publicUse = f.identity("表06 公用经费合计 = 302 + 307 + 309 + 310 + 311 + 312 + 313 + 399");
        personnel.left(cell(t, "人员经费合计", col));
        publicUse.left(cell(t, "公用经费合计", col));
        for (TableRow r : t.rows()) {
            if (r.key().length() == 3 && r.key().chars().allMatch(Character::isDigit)) {
                (Set.of("301", "303").contains(r.key()) ? personnel : publicUse).right(r.cell(col));
                Identity cls = f.identity("表06 " + r.key() + " " + r.name() + " = Σ款");
                cls.left(r.cell(col));
                t.rows().stream().filter(c -> c.key().length() == 5 && c.key().startsWith(r.key()))
                        .forEach(c -> cls.right(c.cell(col)));
                f.add(cls);
            }
        }
        f.add(personnel);
        f.add(publicUse);
        return f.results("表06");
    }

    private static List<CheckResult> table09(TableView t, LedgerFacts facts) {
        Findings f = new Findings("09 三公经费");
        for (String col : List.of("预算数", "决算数")) {
            f.add(f.identity("表09 公务用车购置及运行维护费小计 = 购置费 + 运行维护费 [" + col + "]")
                    .left(cell(t, "公务用车购置及运行维护费小计", col)).right(cell(t, "公务用车购置费", col))
                    .right(cell(t, "公务用车运行维护费", col)));
            f.add(f.identity("表09 合计 = 因公出国（境）费 + 小计 + 公务接待费 [" + col + "]")
                    .left(cell(t, "合计", col)).right(cell(t, "因公出国（境）费", col))
                    .right(cell(t, "公务用车购置及运行维护费小计", col)).right(cell(t, "公务接待费", col)));
        }
        Map<String, Set<String>> codes = Map.of("因公出国（境）费", Set.of("30212"), "公务用车购置费", Set.of("31013", "30913"),
                "公务用车运行维护费", Set.of("30231"), "公务接待费", Set.of("30217"));
        codes.forEach((row, economic) -> f.add(f.identity("表09 " + row + " [决算数] = 财政拨款支出 经济科目 " + economic)
                .left(cell(t, row, "决算数")).right(facts.sum(s -> s.isExpenditure() && s.isFiscal()
                        && s.economic() != null && economic.contains(s.economic().value())))));
        return f.results("表09");
    }

    private static List<CheckResult> table10(TableView t, TableView t06, LedgerFacts facts) {
        Findings f = new Findings("10 相关信息");
        String col = "统计数";
        f.add(f.identity("表10 行1 政府采购合计 = 行2 + 行3 + 行4").left(t.row("1").cell(col))
                .right(t.row("2").cell(col)).right(t.row("3").cell(col)).right(t.row("4").cell(col)));
        Identity vehicles = f.identity("表10 行7 车辆数合计 = 行8–15");
        vehicles.left(t.row("7").cell(col));
        for (int i = 8; i <= 15; i++) {
            vehicles.right(t.row(String.valueOf(i)).cell(col));
        }
        f.add(vehicles);
        UnitType type = facts.ledger() == null ? null : facts.ledger().unitType();
        Fen otherFiscalPublic = facts.sum(s -> s.isExpenditure() && s.isFiscal() && s.fund() != Fund.GENERAL_BUDGET
                && s.kind() == SpendingKind.BASIC_PUBLIC);
        Identity running = f.identity("表10 行5 + 行6 机关运行经费 = 表06 公用经费合计 + 其他财政拨款公用经费 ("
                + (type == null ? "?" : type.label()) + ")");
        running.left(t.row("5").cell(col)).left(t.row("6").cell(col));
        if (type == UnitType.ADMINISTRATIVE || type == UnitType.CIVIL_SERVICE_MANAGED) {
            running.right(cell(t06, "公用经费合计", "决算数")).right(otherFiscalPublic);
        }
        f.add(running);
        return f.results("表10");
    }

    private static Cell cell(TableView t, String key, String column) {
        Optional<TableRow> row = t.rows().stream().filter(r -> r.key().equals(key)).findFirst();
        return row.map(r -> r.cell(column)).orElse(Cell.empty());
    }
}
