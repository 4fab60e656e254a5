package fiscalledger.projections.check;

import java.math.BigDecimal;

/**
 * One identity (勾稽关系) checked on one unit-year: its name, the outcome, both sides and their difference
 * (left − right) in {@code amountUnit} ("元" for exact comparisons, "万元" for printed figures), and where it was
 * checked (table, row, column).
 */
public record CheckResult(String name, CheckStatus status, BigDecimal left, BigDecimal right, BigDecimal difference,
                          String amountUnit, String where) {

    /** Tail differences are not breaks. */
    public boolean passed() {
        return status != CheckStatus.FAIL;
    }

    public static CheckResult pass(String name, String where) {
        return new CheckResult(name, CheckStatus.PASS, null, null, BigDecimal.ZERO, "", where);
    }
}
