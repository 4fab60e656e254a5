package fiscalledger.projections.table;

import java.util.Map;

/**
 * One printed row: its key (行次 such as "32", or the 科目代码 such as "2010301", or "合计"), the code column where
 * the table has one, the name exactly as printed, and its cells by column name (in the table's column order).
 * The key and column names are those of {@code seed-2024-expected.csv}.
 */
public record TableRow(String key, String code, String name, Map<String, Cell> cells) {

    public Cell cell(String column) {
        Cell c = cells.get(column);
        return c == null ? Cell.empty() : c;
    }
}
