package fiscalledger.ledger.api;

import java.util.List;

/**
 * Where money comes from: the three kinds of fiscal appropriation (财政拨款) and the non-fiscal sources. Table 01
 * reports income by these rows; table 04 only the fiscal ones.
 */
public enum Fund implements Labelled {
    GENERAL_BUDGET("一般公共预算财政拨款", true, List.of("一般公共预算")),
    GOVERNMENT_FUND("政府性基金预算财政拨款", true, List.of("政府性基金预算", "政府性基金")),
    STATE_CAPITAL("国有资本经营预算财政拨款", true, List.of("国有资本经营预算", "国有资本经营")),
    SUPERIOR_SUBSIDY("上级补助收入", false, List.of("上级补助")),
    BUSINESS("事业收入", false, List.of("事业")),
    OPERATING("经营收入", false, List.of("经营")),
    SUBSIDIARY_REMITTANCE("附属单位上缴收入", false, List.of("附属单位上缴")),
    OTHER("其他收入", false, List.of("其他"));

    private final String label;
    private final boolean fiscal;
    private final List<String> aliases;

    Fund(String label, boolean fiscal, List<String> aliases) {
        this.label = label;
        this.fiscal = fiscal;
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

    /** 财政拨款 (appropriated by the finance department) as opposed to the unit's own non-fiscal income. */
    public boolean isFiscal() {
        return fiscal;
    }

    public static Fund parse(String text) {
        return Labelled.parse(Fund.class, text, "fund");
    }
}
