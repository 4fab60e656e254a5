package fiscalledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/** 支出功能分类科目: 类 (3 digits) / 款 (5) / 项 (7), e.g. 201 → 20103 → 2010301. */
public record FunctionCode(String value) implements Comparable<FunctionCode> {
    @JsonCreator
    public FunctionCode {
        if (!AsciiDigits.of(value, 3, 7) || value.length() % 2 == 0) {
            throw new IllegalArgumentException("function code '" + value
                    + "' must have 3 (类), 5 (款) or 7 (项) digits (e.g. 2010301)");
        }
    }

    public static FunctionCode of(String value) {
        return new FunctionCode(value == null ? null : value.strip());
    }

    @JsonValue
    public String value() {
        return value;
    }

    public ClassificationLevel level() {
        return ClassificationLevel.ofLength(value.length());
    }

    /** Postings are made on 项 (7-digit) codes; 类 and 款 are only sums. */
    public boolean isItem() {
        return value.length() == 7;
    }

    public Optional<FunctionCode> parent() {
        return value.length() == 3 ? Optional.empty() : Optional.of(new FunctionCode(value.substring(0, value.length() - 2)));
    }

    /** The 类 (3-digit) this code belongs to. */
    public FunctionCode category() {
        return new FunctionCode(value.substring(0, 3));
    }

    public boolean isWithin(FunctionCode ancestor) {
        return value.startsWith(ancestor.value);
    }

    @Override
    public int compareTo(FunctionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
