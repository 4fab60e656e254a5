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
        List<String> rule = new ArrayList<>();
        for (boolean numeric : grid.numeric()) {
            rule.add(numeric ? "---:" : "---");
        }
        lines.add(row(rule));
        grid.rows().forEach(r -> lines.add(row(r)));
        return lines;
    }

    private static String row(List<String> cells) {
        StringBuilder s = new StringBuilder("|");
        for (String cell : cells) {
            s.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return s.toString();
    }
}
