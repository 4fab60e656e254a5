package fiscalledger.shell.render;

import java.util.List;

/**
 * Rows of printed text under a header, with which columns hold numbers (right-aligned in text and Markdown).
 * Both tables and SQL results become a grid, so there is one text, CSV and Markdown renderer.
 */
public record Grid(List<String> header, List<Boolean> numeric, List<List<String>> rows) {

    public Grid {
        header = List.copyOf(header);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        if (numeric.size() != header.size()) {
            throw new IllegalArgumentException("grid needs one alignment per column");
        }
    }
}
