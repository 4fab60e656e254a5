package fiscalledger.shell.render;

import java.util.ArrayList;
import java.util.List;

/** A grid as aligned columns, padded by display width so that Chinese names line up with the figures. */
public final class TextRenderer {

    private static final String GAP = "  ";

    private TextRenderer() {
    }

    public static List<String> lines(Grid grid) {
        int columns = grid.header().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = DisplayWidth.of(grid.header().get(c));
            for (List<String> row : grid.rows()) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        List<String> lines = new ArrayList<>();
        if (grid.headings().containsKey(0)) {
            lines.add(grid.headings().get(0));
        }
        lines.add(line(grid.header(), widths, grid.numeric()));
        lines.add(rule(widths));
        for (int r = 0; r < grid.rows().size(); r++) {
            if (r > 0 && grid.headings().containsKey(r)) {
                lines.add(grid.headings().get(r));
            }
            lines.add(line(grid.rows().get(r), widths, grid.numeric()));
        }
        return lines;
    }

    /** The rule under the header, for output written a line at a time once the widths are known. */
    public static String rule(int[] widths) {
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        return String.join(GAP, rules);
    }

    /** One line of cells (no null) padded to the column widths (display widths of the widest cell of each). */
    public static String line(List<String> cells, int[] widths, List<Boolean> numeric) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                s.append(GAP);
            }
            boolean last = c == cells.size() - 1;
            if (numeric.get(c)) {
                s.append(DisplayWidth.padLeft(cells.get(c), widths[c]));
            } else {
                s.append(last ? cells.get(c) : DisplayWidth.padRight(cells.get(c), widths[c]));
            }
        }
        return s.toString().stripTrailing();
    }
}
