package fiscalledger.projections.check;

import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables 02, 03, 05, 07 and 08: every 类 = Σ its 款, every 款 = Σ its 项, 合计 = Σ 类 (each column); and each
 * row's total column = the sum of its other columns.
 */
final class HierarchyChecks implements IdentityCheck {

    /** A row identity within one table: total = Σ plus − Σ minus, by column names. */
    private record RowRule(String total, List<String> plus, List<String> minus) {
    }

    private static final Map<String, List<RowRule>> ROW_RULES = Map.of(
            "02", List.of(new RowRule("本年收入合计",
                    List.of("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"), List.of())),
            "03", List.of(new RowRule("本年支出合计",
                    List.of("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"), List.of())),
            "05", List.of(new RowRule("小计", List.of("基本支出", "项目支出"), List.of())),
            "07", List.of(new RowRule("小计", List.of("基本支出", "项目支出"), List.of()),
                    new RowRule("年末结转和结余", List.of("年初结转和结余", "本年收入"), List.of("小计"))),
            "08", List.of(new RowRule("合计", List.of("基本支出", "项目支出"), List.of())));

    @Override
    public List<CheckResult> check(Map<String, TableView> tables, LedgerFacts facts) {
        List<CheckResult> results = new ArrayList<>();
        for (String id : List.of("02", "03", "05", "07", "08")) {
            TableView view = tables.get(id);
            results.addAll(parentsAreSums(view));
            results.addAll(rowTotals(view, ROW_RULES.get(id)));
        }
        return results;
    }

    private static List<CheckResult> parentsAreSums(TableView view) {
        Findings f = new Findings(view.id() + " 类=Σ款=Σ项");
        for (TableRow parent : view.rows()) {
            int length = parent.key().equals("合计") ? 0 : parent.key().length();
            if (length == 7) {
                continue;
            }
            List<TableRow> children = view.rows().stream().filter(r -> !r.key().equals("合计")
                    && r.key().length() == (length == 0 ? 3 : length + 2)
                    && r.key().startsWith(length == 0 ? "" : parent.key())).toList();
            for (String column : view.columns()) {
                Identity id = f.identity("表" + view.id() + " " + parent.key() + " " + parent.name() + " [" + column + "]");
                id.left(parent.cell(column));
                children.forEach(c -> id.right(c.cell(column)));
                f.add(id);
            }
        }
        return f.results("表" + view.id());
    }

    private static List<CheckResult> rowTotals(TableView view, List<RowRule> rules) {
        Findings f = new Findings(view.id() + " 行合计=Σ各栏");
        for (TableRow row : view.rows()) {
            for (RowRule rule : rules) {
                Identity id = f.identity("表" + view.id() + " " + row.key() + " " + row.name() + " [" + rule.total() + "]");
                id.left(row.cell(rule.total()));
                rule.plus().forEach(c -> id.right(row.cell(c)));
                rule.minus().forEach(c -> id.rightMinus(row.cell(c)));
                f.add(id);
            }
        }
        return f.results("表" + view.id());
    }
}
