package fiscalledger.projections.table;

import java.util.LinkedHashMap;
import java.util.Map;

/** The cells of a table as a reader sees them ("row|column" → printed text), leaving out empty cells. */
public final class Printed {
    private Printed() {
    }

    public static String of(Cell cell, int decimals) {
        return cell.printed(decimals);
    }

    public static Map<String, String> nonEmpty(TableView view) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (TableRow row : view.rows()) {
            for (String column : view.columns()) {
                String text = view.printed(row, column);
                if (!text.isEmpty()) {
                    cells.put(row.key() + "|" + column, text);
                }
            }
        }
        return cells;
    }
}
