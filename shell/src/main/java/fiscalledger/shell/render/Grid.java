package fiscalledger.shell.render;

import java.util.List;
import java.util.Map;

/**
 * Rows of printed text under a header, with which columns hold numbers (right-aligned in text and Markdown), and the
 * section headings printed above some rows (by row index; one above row 0 goes above the header, as table 10 prints
 * 一、政府采购情况 above 项目 行次 统计数). Both tables and SQL results become a grid, so there is one text, CSV and
 * Markdown renderer; CSV leaves the headings out, so that every line is a row.
 */
public record Grid(List<String> header, List<Boolean> numeric, List<List<String>> rows, Map<Integer, String> headings) {

    public Grid {
        header = List.copyOf(header);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        headings = Map.copyOf(headings);
        if (numeric.size() != header.size()) {
            throw new IllegalArgumentException("grid needs one alignment per column");
        }
    }

    public Grid(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
        this(header, numeric, rows, Map.of());
    }
}
