package fiscalledger.projections.table;

import fiscalledger.ledger.api.LedgerKey;

import java.util.List;

/**
 * A public table of one unit-year as printed: id ("01"…"10", "perf", "balances"), title (收入支出决算总表),
 * the unit's name, 金额单位, the decimals money is printed with (2; 3 for 绩效自评), its columns in printed order,
 * its rows in printed order, and notes such as "本表无数据". Renderers (text, CSV, JSON, Markdown) need nothing else.
 */
public record TableView(String id, String title, String unitName, LedgerKey ledger, String amountUnit,
                        int moneyDecimals, List<String> columns, List<TableRow> rows, List<String> notes) {

    public TableRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + id + " has no row '" + key + "'"));
    }
}
