package fiscalledger.shell.render;

import java.util.Map;

/**
 * The names of the tables, for `tables` and completion without starting the read side; each is the title the table
 * itself prints (TableTitlesTest holds them to the projections' titles).
 */
public final class TableTitles {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("01", "收入支出决算总表"),
            Map.entry("02", "收入决算表"),
            Map.entry("03", "支出决算表"),
            Map.entry("04", "财政拨款收入支出决算总表"),
            Map.entry("05", "一般公共预算财政拨款支出决算表"),
            Map.entry("06", "一般公共预算财政拨款基本支出决算明细表"),
            Map.entry("07", "政府性基金预算财政拨款收入支出决算表"),
            Map.entry("08", "国有资本经营预算财政拨款支出决算表"),
            Map.entry("09", "财政拨款“三公”经费支出决算表"),
            Map.entry("10", "部门决算公开相关信息统计表"),
            Map.entry("perf", "项目支出绩效自评表"),
            Map.entry("notes", "情况说明中的数字"),
            Map.entry("balances", "结转和结余（按资金来源和功能科目）"));

    private TableTitles() {
    }

    public static String title(String id) {
        return TITLES.getOrDefault(id, "");
    }
}
