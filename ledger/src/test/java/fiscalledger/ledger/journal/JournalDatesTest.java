package fiscalledger.ledger.journal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalDatesTest {

    @ParameterizedTest
    @CsvSource({"2024-03-05, 2024-03-05", "2024/3/5, 2024-03-05", "2024-3-5, 2024-03-05", "' 2024/12/31 ', 2024-12-31",
            "2024-02-29, 2024-02-29", "2024/03/5, 2024-03-05"})
    void readsIsoDatesAndTheFormsExcelWritesInAChineseLocale(String text, LocalDate expected) {
        assertThat(JournalDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024", "2024-03", "2024-3/5", "2024/3-5", "24-3-5", "20240-3-5", "2024-003-5",
            "2024-3-005", "2024-3-5-1", "2024--5", "2024-3-", "2024.3.5", "２０２４-3-5", "2024-3-5x", "x2024-3-5"})
    void refusesAnythingElseAsNotADate(String text) {
        assertThatThrownBy(() -> JournalDates.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-4-31", "2024-0-1"})
    void refusesADayThatIsNotInTheCalendar(String text) {
        assertThatThrownBy(() -> JournalDates.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a day of the calendar");
    }
}
