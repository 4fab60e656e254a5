package fiscalledger.ledger.journal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Business dates: ISO 2024-03-05, and 2024/3/5 or 2024-3-5 as Excel writes dates in a Chinese locale. */
final class JournalDates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    private JournalDates() {
    }

    static LocalDate parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date; write 2024-03-05 (or 2024/3/5)");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a day of the calendar");
        }
    }
}
