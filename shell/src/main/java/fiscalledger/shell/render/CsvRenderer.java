package fiscalledger.shell.render;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV with LF line ends: a field is quoted only when it holds a comma, a quote or a line break. */
public final class CsvRenderer {

    private CsvRenderer() {
    }

    public static List<String> lines(Grid grid) {
        List<String> lines = new ArrayList<>();
        lines.add(line(grid.header()));
        grid.rows().forEach(row -> lines.add(line(row)));
        return lines;
    }

    static String line(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(fields.get(i)));
        }
        return s.toString();
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
