package fiscalledger.ledger.journal;

import java.util.Map;

/**
 * One data line of a journal file before interpretation: its physical line number (where a multi-line quoted cell
 * starts counts), the non-blank values by column and the column names as the file spells them.
 */
record RawLine(String source, long line, Map<Column, String> values, Map<Column, String> names) {

    String value(Column column) {
        return values.getOrDefault(column, "");
    }

    boolean has(Column column) {
        return !value(column).isEmpty();
    }

    String name(Column column) {
        return names.getOrDefault(column, column.english());
    }
}
