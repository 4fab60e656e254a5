package fiscalledger.ledger.api;

/** The three levels of the Chinese budget classifications. */
public enum ClassificationLevel {
    CATEGORY("类"), SECTION("款"), ITEM("项");

    private final String label;

    ClassificationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ClassificationLevel ofLength(int digits) {
        return switch (digits) {
            case 3 -> CATEGORY;
            case 5 -> SECTION;
            default -> ITEM;
        };
    }
}
