package fiscalledger.shell.render;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Shows long output a screen at a time at an interactive terminal: space for the next screen, enter for one more
 * line, q (or Ctrl-C) to stop. Output that fits the screen is printed as is.
 */
public final class Pager {

    private static final String MORE = "-- more: space next page, enter next line, q quit --";

    private final Terminal terminal;

    public Pager(Terminal terminal) {
        this.terminal = terminal;
    }

    public void page(List<String> lines) {
        var out = terminal.writer();
        int screen = Math.max(2, terminal.getHeight()) - 1;
        if (terminal.getHeight() <= 0 || lines.size() <= screen) {
            lines.forEach(out::println);
            out.flush();
            return;
        }
        Attributes saved = terminal.enterRawMode();
        try {
            int shown = 0;
            int allowed = screen;
            while (shown < lines.size()) {
                while (shown < allowed && shown < lines.size()) {
                    out.println(lines.get(shown++));
                }
                if (shown >= lines.size()) {
                    break;
                }
                out.print(MORE);
                out.flush();
                int key = read();
                out.print("\r" + " ".repeat(MORE.length()) + "\r");
                if (key == 'q' || key == 'Q' || key == 3 || key < 0) {
                    break;
                }
                allowed = shown + (key == '\r' || key == '\n' ? 1 : screen);
            }
        } finally {
            terminal.setAttributes(saved);
            out.flush();
        }
    }

    private int read() {
        try {
            NonBlockingReader reader = terminal.reader();
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
