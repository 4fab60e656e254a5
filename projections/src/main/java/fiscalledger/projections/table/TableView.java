package fiscalledger.projections.table;

import fiscalledger.ledger.api.LedgerKey;

import java.math.BigDecimal;
import java.util.List;

/**
 * A public table of one unit-year as printed: id ("01"…"10", "perf", "balances"), title (收入支出决算总表),
 * the unit's name, 金额单位, the decimals money is printed with (2; 3 for 绩效自评), its columns in printed order,
 * its rows in printed order, the notes printed under it (注：本表反映…, 说明：本表无数据) and its {@link Layout} (the
 * header labels, the heads of the row-naming columns, section headings). Renderers (text, CSV, JSON, Markdown) need
 * nothing else.
 */
public record TableView(String id, String title, String unitName, LedgerKey ledger, String amountUnit,
                        int moneyDecimals, List<String> columns, List<TableRow> rows, List<String> notes,
                        Layout layout) {

    /** A view laid out by row key and name (tables outside the publication, hand-built views). */
    public TableView(String id, String title, String unitName, LedgerKey ledger, String amountUnit, int moneyDecimals,
                     List<String> columns, List<TableRow> rows, List<String> notes) {
        this(id, title, unitName, ledger, amountUnit, moneyDecimals, columns, rows, notes, Layout.keyed());
    }

    public TableRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("table " + id + " has no row '" + key + "'"));
    }

    /** "公开01表" for a table of the publication, "" for the others (perf, notes, balances). */
    public String number() {
        return id.matches("\\d{2}") ? "公开" + id + "表" : "";
    }

    /** The unit line as the publication prints it: 部门名称：山西省行政审批服务管理局 (单位名称 on table 10). */
    public String unitLine() {
        return layout.unitLabel().line(ledger, unitName);
    }

    /** 2024年度 ((2024年度) on 绩效自评). */
    public String yearLine() {
        return layout.unitLabel().year(ledger);
    }

    /** 金额单位：万元 (单位：万元 on 07 and 08), for the unit the amounts are printed in. */
    public String amountUnitLine(String unit) {
        return layout.amountUnitLabel() + "：" + unit;
    }

    /** The cell as the publication prints it, with the table's decimals and its way with trailing zeros. */
    public String printed(TableRow row, String column) {
        Cell cell = row.cell(column);
        if (cell instanceof Cell.Money m && !m.printsEmpty()) {
            return wan(m.amount()).toPlainString();
        }
        return cell instanceof Cell.Figure f ? figure(f.value()).toPlainString() : cell.printed(moneyDecimals);
    }

    /** An amount in 万元 as this table prints it: half-up to its decimals, without trailing zeros where it drops them. */
    public BigDecimal wan(fiscalledger.ledger.api.Fen amount) {
        BigDecimal wan = amount.toWan(moneyDecimals);
        return layout.trimsZeros() ? trimmed(wan) : wan;
    }

    /** A figure (rate, score) as this table prints it: without trailing zeros where it drops them. */
    public BigDecimal figure(BigDecimal value) {
        return layout.trimsZeros() ? trimmed(value) : value;
    }

    /** 100.000 → 100, 245.840 → 245.84, 0.000 → 0: a figure without its trailing zeros, never in exponent form. */
    private static BigDecimal trimmed(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
