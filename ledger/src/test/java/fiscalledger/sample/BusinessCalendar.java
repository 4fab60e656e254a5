package fiscalledger.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/** Working days of 2024 in mainland China: weekends and the State Council's statutory holidays are closed. */
final class BusinessCalendar {
    private static final Set<LocalDate> HOLIDAYS = holidays();

    private BusinessCalendar() {
    }

    static boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    /** The first business day on or after the given day of the month; backwards if the month runs out. */
    static LocalDate onOrAfter(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        LocalDate d = ym.atDay(Math.min(Math.max(day, 1), ym.lengthOfMonth()));
        LocalDate forward = d;
        while (forward.getMonthValue() == month && !isBusinessDay(forward)) {
            forward = forward.plusDays(1);
        }
        if (forward.getMonthValue() == month) {
            return forward;
        }
        LocalDate back = d;
        while (!isBusinessDay(back)) {
            back = back.minusDays(1);
        }
        return back;
    }

    static LocalDate nextBusinessDay(LocalDate d) {
        LocalDate n = d.plusDays(1);
        while (!isBusinessDay(n)) {
            n = n.plusDays(1);
        }
        return n;
    }

    static LocalDate lastBusinessDay(int year, int month) {
        return onOrAfter(year, month, YearMonth.of(year, month).lengthOfMonth());
    }

    private static Set<LocalDate> holidays() {
        java.util.HashSet<LocalDate> h = new java.util.HashSet<>();
        h.add(LocalDate.of(2024, 1, 1));
        range(h, LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17));
        range(h, LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 6));
        range(h, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 5));
        h.add(LocalDate.of(2024, 6, 10));
        range(h, LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 17));
        range(h, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7));
        return Set.copyOf(h);
    }

    private static void range(Set<LocalDate> h, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            h.add(d);
        }
    }
}
