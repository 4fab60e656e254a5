package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The 类/款/项 layout of tables 02, 03, 05, 07 and 08: a 合计 row, then every 类 followed by its 款, each followed
 * by its 项, with a parent always the exact sum of its children. Each column is a rule that says which postings
 * it sums; rows whose columns are all zero are left out, as in the publication.
 */
final class Classified {

    /** A column: its printed name and the postings (by sign) it adds up. */
    record Column(String name, Predicate<PostingSum> adds, Predicate<PostingSum> subtracts) {
        static Column of(String name, Predicate<PostingSum> adds) {
            return new Column(name, adds, s -> false);
        }
    }

    private Classified() {
    }

    /** The postings of one cell: the column's rule within the row's code (all codes on the 合计 row). */
    static Optional<CellSource> source(List<Column> columns, TableRow row, String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst().map(c -> {
            CellSource all = new CellSource(c.adds(), c.subtracts());
            return row.code() == null || row.code().isEmpty() ? all : all.within(FunctionCode.of(row.code()));
        });
    }

    static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    static List<TableRow> rows(LedgerFacts facts, List<Column> columns, CodeNames names) {
        int n = columns.size();
        Map<FunctionCode, long[]> byCode = new TreeMap<>();
        long[] total = new long[n];
        for (PostingSum s : facts.sums()) {
            for (int c = 0; c < n; c++) {
                Column column = columns.get(c);
                long v = column.adds().test(s) ? s.amount().value()
                        : column.subtracts().test(s) ? -s.amount().value() : 0;
                if (v == 0) {
                    continue;
                }
                total[c] = Math.addExact(total[c], v);
                FunctionCode code = s.function();
                while (true) {
                    long[] acc = byCode.computeIfAbsent(code, k -> new long[n]);
                    acc[c] = Math.addExact(acc[c], v);
                    if (code.parent().isEmpty()) {
                        break;
                    }
                    code = code.parent().get();
                }
            }
        }
        Rows rows = new Rows();
        cells(rows.add("合计", "", "合计"), columns, total);
        // TreeMap order of codes is exactly 类, its 款, their 项 (a code sorts right before its extensions)
        byCode.forEach((code, amounts) -> {
            if (Arrays.stream(amounts).anyMatch(v -> v != 0)) {
                cells(rows.add(code.value(), code.value(), names.functionName(code)), columns, amounts);
            }
        });
        return rows.build();
    }

    private static void cells(Rows.Row row, List<Column> columns, long[] amounts) {
        for (int c = 0; c < columns.size(); c++) {
            row.money(columns.get(c).name(), Fen.of(amounts[c]));
        }
    }
}
