package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the rows of a table in printed order; cells keep the order in which they are put. */
final class Rows {
    private final List<Row> rows = new ArrayList<>();

    Row add(String key, String code, String name) {
        Row row = new Row(key, code, name);
        rows.add(row);
        return row;
    }

    List<TableRow> build() {
        return rows.stream().map(r -> new TableRow(r.key, r.code, r.name,
                Collections.unmodifiableMap(new LinkedHashMap<>(r.cells)))).toList();
    }

    static final class Row {
        private final String key;
        private final String code;
        private final String name;
        private final Map<String, Cell> cells = new LinkedHashMap<>();

        private Row(String key, String code, String name) {
            this.key = key;
            this.code = code;
            this.name = name;
        }

        Row money(String column, Fen amount) {
            return cell(column, Cell.money(amount));
        }

        Row cell(String column, Cell cell) {
            cells.put(column, cell);
            return this;
        }
    }
}
