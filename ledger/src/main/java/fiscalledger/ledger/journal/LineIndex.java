package fiscalledger.ledger.journal;

import java.util.Arrays;

/**
 * Maps character offsets of a text to physical line numbers (1-based). CRLF, LF and a lone CR each end a line,
 * as they do for the CSV parser, so a cell spanning lines moves every later line number as an editor shows it.
 */
final class LineIndex {
    private final int[] starts;
    private final String text;

    LineIndex(String text) {
        this.text = text;
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    long lineOf(long offset) {
        int i = Arrays.binarySearch(starts, (int) offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int lineCount() {
        return text.isEmpty() || starts[starts.length - 1] < text.length() ? starts.length : starts.length - 1;
    }

    /** The text of a line without its line break. */
    String line(int number) {
        int from = starts[number - 1];
        int to = number < starts.length ? starts[number] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return text.substring(from, to);
    }
}
