package fiscalledger.shell.render;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table; numeric columns are right-aligned. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    /**
     * The table; a section heading above the first row comes before the table as a paragraph, one further down as a
     * row of its own in bold (Markdown tables have no spanning cells).
     */
    public static List<String> lines(Grid grid) {
        List<String> lines = new ArrayList<>();
        if (grid.headings().containsKey(0)) {
            lines.add("**" + grid.headings().get(0) + "**");
            lines.add("");
        }
        lines.add(row(grid.header()));
        lines.add(rule(grid.numeric()));
        for (int r = 0; r < grid.rows().size(); r++) {
            if (r > 0 && grid.headings().containsKey(r)) {
                List<String> heading = new ArrayList<>(java.util.Collections.nCopies(grid.header().size(), ""));
                heading.set(0, "**" + grid.headings().get(r) + "**");
                lines.add(row(heading));
            }
            lines.add(row(grid.rows().get(r)));
        }
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
