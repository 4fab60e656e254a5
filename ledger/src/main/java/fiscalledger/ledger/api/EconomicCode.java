package fiscalledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

/** 部门预算支出经济分类科目: 类 (3 digits, 301 工资福利支出) / 款 (5 digits, 30101 基本工资). */
public record EconomicCode(String value) implements Comparable<EconomicCode> {
    @JsonCreator
    public EconomicCode {
        if (!AsciiDigits.of(value, 3, 5) || value.length() == 4) {
            throw new IllegalArgumentException("economic code '" + value
                    + "' must have 3 (类) or 5 (款) digits (e.g. 30201)");
        }
    }

    public static EconomicCode of(String value) {
        return new EconomicCode(value == null ? null : value.strip());
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean isItem() {
        return value.length() == 5;
    }

    public Optional<EconomicCode> parent() {
        return value.length() == 3 ? Optional.empty() : Optional.of(new EconomicCode(value.substring(0, 3)));
    }

    public EconomicCode category() {
        return new EconomicCode(value.substring(0, 3));
    }

    @Override
    public int compareTo(EconomicCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
