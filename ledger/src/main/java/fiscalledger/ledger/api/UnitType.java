package fiscalledger.ledger.api;

import java.util.List;

/** The unit's type decides, among others, which 机关运行经费 row of table 10 its 公用经费 goes to. */
public enum UnitType implements Labelled {
    ADMINISTRATIVE("行政单位", List.of()),
    CIVIL_SERVICE_MANAGED("参照公务员法管理事业单位", List.of("参公", "参公单位")),
    PUBLIC_INSTITUTION("事业单位", List.of());

    private final String label;
    private final List<String> aliases;

    UnitType(String label, List<String> aliases) {
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

    public static UnitType parse(String text) {
        return Labelled.parse(UnitType.class, text, "unit type");
    }
}
