package fiscalledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;

/** A calendar fiscal year (Chinese budget years run 1 January to 31 December). */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    @JsonCreator
    public FiscalYear {
        if (value < 1990 || value > 2200) {
            throw new IllegalArgumentException("fiscal year " + value + " is not a plausible year");
        }
    }

    public static FiscalYear parse(String text) {
        try {
            return new FiscalYear(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a year (e.g. 2024)");
        }
    }

    @JsonValue
    public int value() {
        return value;
    }

    public LocalDate firstDay() {
        return LocalDate.of(value, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(value, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return date.getYear() == value;
    }

    public FiscalYear next() {
        return new FiscalYear(value + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(value - 1);
    }

    @Override
    public int compareTo(FiscalYear o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
