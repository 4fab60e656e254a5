package fiscalledger.ledger.api;

import java.util.List;

/** 预算调整: 追加 adds to a line, 追减 takes from it, 调剂 moves money from one line to another. */
public enum AdjustmentType implements Labelled {
    INCREASE("追加", List.of("ADD")),
    DECREASE("追减", List.of("CUT")),
    TRANSFER("调剂", List.of("MOVE"));

    private final String label;
    private final List<String> aliases;

    AdjustmentType(String label, List<String> aliases) {
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

    public boolean takesFromLine() {
        return this != INCREASE;
    }

    public boolean addsToLine() {
        return this != DECREASE;
    }

    public static AdjustmentType parse(String text) {
        return Labelled.parse(AdjustmentType.class, text, "adjustment type");
    }
}
