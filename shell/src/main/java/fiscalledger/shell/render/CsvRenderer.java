package fiscalledger.shell.render;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV with LF line ends: a field is quoted only when it holds a comma, a quote or a line break. A text that
 * Excel would run as a formula (it starts with = + - @, a tab or a carriage return: a memo such as
 * {@code =cmd|' /C calc'!A0}) is written with a leading apostrophe, so the spreadsheet shows it as text; numbers,
 * negative ones included, are left as they are.
 */
public final class CsvRenderer {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvRenderer() {
    }

    public static List<String> lines(Grid grid) {
        List<String> lines = new ArrayList<>();
        lines.add(line(grid.header()));
        grid.rows().forEach(row -> lines.add(line(row)));
        return lines;
    }

    /** One CSV line of fields (for output written as it is read, a row at a time). */
    public static String line(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(quote(fields.get(i)));
        }
        return s.toString();
    }

    static String quote(String value) {
        String field = guard(value);
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    static String guard(String field) {
        if (field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        // the number test only for a field that would otherwise be guarded: an export writes a million fields
        return formula && !NUMBER.matcher(field).matches() ? "'" + field : field;
    }
}
