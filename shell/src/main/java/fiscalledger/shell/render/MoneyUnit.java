package fiscalledger.shell.render;

/** 万元 as the publication prints (the table's decimals), or exact 元 for reconciling with vouchers. */
public enum MoneyUnit {
    WAN("万元"), YUAN("元");

    private final String label;

    MoneyUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
