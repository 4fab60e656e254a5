package fiscalledger.ledger.api;

import java.util.List;

/** 政府采购 categories of table 10. */
public enum ProcurementCategory implements Labelled {
    GOODS("货物"), WORKS("工程"), SERVICES("服务");

    private final String label;

    ProcurementCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return List.of("政府采购" + label);
    }

    public static ProcurementCategory parse(String text) {
        return Labelled.parse(ProcurementCategory.class, text, "procurement category");
    }
}
