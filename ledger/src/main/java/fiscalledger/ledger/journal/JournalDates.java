package fiscalledger.ledger.journal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Business dates: ISO 2024-03-05, and 2024/3/5 or 2024-3-5 as Excel writes dates in a Chinese locale. Read by hand
 * rather than with a regular expression: every line of a journal has a date, and the matcher cost more than the rest.
 */
final class JournalDates {

    private JournalDates() {
    }

    static LocalDate parse(String text) {
        String t = text.strip();
        // yyyy S m[m] S d[d], S being the same '-' or '/' twice
        int second = t.length() > 5 ? t.indexOf(t.charAt(4), 5) : -1;
        int year = t.length() > 4 && (t.charAt(4) == '-' || t.charAt(4) == '/') ? number(t, 0, 4) : -1;
        int month = second > 0 ? number(t, 5, second) : -1;
        int day = second > 0 ? number(t, second + 1, t.length()) : -1;
        if (year < 0 || month < 0 || day < 0 || second - 5 > 2 || t.length() - second - 1 > 2) {
            throw new IllegalArgumentException("'" + text + "' is not a date; write 2024-03-05 (or 2024/3/5)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a day of the calendar");
        }
    }

    /** The ASCII digits {@code t[from, to)} as a number, or -1 if there are none or anything else is there. */
    private static int number(String t, int from, int to) {
        if (to <= from) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
