package fiscalledger.shell.render;

import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableView;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The printed text of a cell. Money is rounded once, here, half-up from exact fen; zero prints empty as in the
 * publication; "——" marks a cell that does not apply. Thousands separators only where a person reads (text).
 */
public final class CellText {

    public static final String NOT_APPLICABLE = "——";

    private CellText() {
    }

    /** A cell of a table, printed with the table's decimals and its way with trailing zeros ({@link TableView#wan}). */
    public static String of(Cell cell, TableView table, MoneyUnit unit, boolean grouped) {
        if (cell instanceof Cell.Money m) {
            return m.printsEmpty() ? "" : number(money(m, table, unit), grouped);
        }
        if (cell instanceof Cell.Figure f) {
            return table.figure(f.value()).toPlainString();
        }
        return cell.printed(table.moneyDecimals());
    }

    /** The value for JSON: a number where the cell is one, text otherwise, null when printed empty. */
    public static Object json(Cell cell, TableView table, MoneyUnit unit) {
        if (cell instanceof Cell.Money m) {
            return m.printsEmpty() ? null : money(m, table, unit);
        }
        if (cell instanceof Cell.Count c) {
            return c.value() == 0 ? null : c.value();
        }
        if (cell instanceof Cell.Figure f) {
            return table.figure(f.value());
        }
        if (cell instanceof Cell.Text t) {
            return t.value();
        }
        return cell instanceof Cell.NotApplicable ? NOT_APPLICABLE : null;
    }

    /** Whether the cell prints as a number (right-aligned in text). */
    public static boolean numeric(Cell cell) {
        return !(cell instanceof Cell.Text);
    }

    /** 万元 as the table prints it, or exact 元. */
    private static BigDecimal money(Cell.Money m, TableView table, MoneyUnit unit) {
        return unit == MoneyUnit.YUAN ? m.amount().toYuan() : table.wan(m.amount());
    }

    private static String number(BigDecimal value, boolean grouped) {
        if (!grouped) {
            return value.toPlainString();
        }
        // Formatter handles BigDecimal exactly (no double on the way), keeping the scale we rounded to
        return String.format(Locale.ROOT, "%,." + value.scale() + "f", value);
    }
}
