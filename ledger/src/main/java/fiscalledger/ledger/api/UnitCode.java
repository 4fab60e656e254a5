package fiscalledger.ledger.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** 单位编码, e.g. 229001 (its first three digits are usually the 主管部门 code). */
public record UnitCode(String value) {
    @JsonCreator
    public UnitCode {
        if (!AsciiDigits.of(value, 3, 12)) {
            throw new IllegalArgumentException("unit code '" + value + "' must be 3 to 12 digits (e.g. 229001)");
        }
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
