package fiscalledger.shell.render;

import org.jline.utils.AttributedString;

/**
 * Width of text on a terminal: a CJK character takes two columns, a combining mark none. JLine's wcwidth tables
 * decide, so the columns we pad line up with what the terminal draws.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String text) {
        return new AttributedString(text).columnLength();
    }

    public static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    public static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }
}
