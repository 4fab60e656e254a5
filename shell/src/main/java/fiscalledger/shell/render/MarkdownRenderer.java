package fiscalledger.shell.render;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table; numeric columns are right-aligned. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static List<String> lines(Grid grid) {
        List<String> lines = new ArrayList<>();
        lines.add(row(grid.header()));
        lines.add(rule(grid.numeric()));
        grid.rows().forEach(r -> lines.add(row(r)));
        return lines;
    }

    /** The alignment line under the header: numeric columns right-aligned. */
    public static String rule(List<Boolean> numeric) {
        List<String> rule = new ArrayList<>();
        for (boolean n : numeric) {
            rule.add(n ? "---:" : "---");
        }
        return row(rule);
    }

    /** One table line of cells (no null), for output written a line at a time. */
    public static String row(List<String> cells) {
        StringBuilder s = new StringBuilder("|");
        for (String cell : cells) {
            s.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return s.toString();
    }
}
