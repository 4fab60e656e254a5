package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.CodeKind;

/** One code of a classification with its printed name; builtIn when it ships with the ledger. */
public record CatalogEntry(CodeKind kind, String code, String name, boolean builtIn) {

    /** "2010301 行政运行": how the shell offers a code. */
    public String display() {
        return code + " " + name;
    }
}
