package fiscalledger.ledger.command;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.catalog.CodeCatalog;

/** Entries post to 7-digit 功能分类 项 codes and 5-digit 经济分类 款 codes that the catalog knows. */
final class CodeRules {

    private CodeRules() {
    }

    static void functionItem(FunctionCode code, String field, CodeCatalog catalog, Problems problems) {
        if (code == null) {
            problems.error(field, "function code (功能科目) is missing");
        } else if (!code.isItem()) {
            problems.error(field, "function code " + code + " is a " + code.level().label()
                    + "; entries post to a 7-digit 项 code (e.g. 2010301)");
        } else if (!catalog.isRegistered(code)) {
            problems.error(field, "function code " + code + " is not in the catalog; register it with its name first");
        }
    }

    static void economicItem(EconomicCode code, String field, CodeCatalog catalog, Problems problems) {
        if (code == null) {
            problems.error(field, "economic code (经济科目) is missing");
        } else if (!code.isItem()) {
            problems.error(field, "economic code " + code + " is a 类; entries post to a 5-digit 款 code (e.g. 30201)");
        } else if (!catalog.isRegistered(code)) {
            problems.error(field, "economic code " + code + " is not in the catalog; register it with its name first");
        }
    }
}
