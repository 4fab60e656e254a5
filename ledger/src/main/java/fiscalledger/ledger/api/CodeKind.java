package fiscalledger.ledger.api;

import java.util.List;

/** The two classifications whose codes the catalog knows. */
public enum CodeKind implements Labelled {
    FUNCTION("支出功能分类", List.of("功能分类", "功能科目")),
    ECONOMIC("支出经济分类", List.of("经济分类", "经济科目"));

    private final String label;
    private final List<String> aliases;

    CodeKind(String label, List<String> aliases) {
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

    /** The code in its form in this classification (e.g. 2010301, 30201); a text that is none of its codes is refused. */
    public String code(String text) {
        return this == FUNCTION ? FunctionCode.of(text).value() : EconomicCode.of(text).value();
    }

    public static CodeKind parse(String text) {
        return Labelled.parse(CodeKind.class, text, "code kind");
    }
}
