package fiscalledger.ledger.api;

import java.util.List;

/** The columns of table 03: what kind of spending an expenditure is. */
public enum SpendingKind implements Labelled {
    BASIC_PERSONNEL("基本支出-人员经费", List.of("人员经费")),
    BASIC_PUBLIC("基本支出-公用经费", List.of("公用经费")),
    PROJECT("项目支出", List.of("项目")),
    REMIT_TO_SUPERIOR("上缴上级支出", List.of("上缴上级")),
    OPERATING("经营支出", List.of("经营")),
    GRANT_TO_SUBSIDIARY("对附属单位补助支出", List.of("对附属单位补助"));

    private final String label;
    private final List<String> aliases;

    SpendingKind(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /** 基本支出 = 人员经费 + 公用经费. */
    public boolean isBasic() {
        return this == BASIC_PERSONNEL || this == BASIC_PUBLIC;
    }

    public static SpendingKind parse(String text) {
        return Labelled.parse(SpendingKind.class, text, "spending kind");
    }
}
