package fiscalledger.projections.readmodel;

import java.util.Arrays;

/** What a posting records; its {@link #code()} is what the {@code postings.movement} column holds. */
public enum Movement {
    OPENING("opening"),
    INCOME("income"),
    EXPENDITURE("expenditure"),
    USED("used"),
    DISTRIBUTED("distributed"),
    BUDGET_INITIAL("budget-initial"),
    BUDGET_ADJUSTMENT("budget-adjustment"),
    /** Not a money movement and never in {@code postings}: a 政府采购合同 as a trace line (table 10, 说明). */
    CONTRACT("contract");

    private final String code;

    Movement(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isBudget() {
        return this == BUDGET_INITIAL || this == BUDGET_ADJUSTMENT;
    }

    public static Movement ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("postings holds an unknown movement '" + code
                        + "'; the read model is damaged: rebuild it"));
    }
}
