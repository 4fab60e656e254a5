package fiscalledger.shell.command;

import fiscalledger.shell.render.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/** Two columns of text (a name and what it is), the names padded by display width so the second column lines up. */
public final class DisplayList {

    private final List<String[]> rows = new ArrayList<>();

    public DisplayList add(String name, String description) {
        rows.add(new String[]{name, description});
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<String> lines(String indent) {
        int width = rows.stream().mapToInt(r -> DisplayWidth.of(r[0])).max().orElse(0);
        return rows.stream().map(r -> (indent + DisplayWidth.padRight(r[0], width) + "  " + r[1]).stripTrailing())
                .toList();
    }
}
