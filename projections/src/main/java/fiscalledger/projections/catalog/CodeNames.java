package fiscalledger.projections.catalog;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;

import java.util.List;

/**
 * The names of classification codes as the tables print them, and the 26 功能分类 类 that tables 01 and 04
 * always list. The read side asks the ledger's code catalog through this narrow port so that table classes do
 * not depend on how the catalog stores codes.
 */
public interface CodeNames {

    /** The name of a function code (类/款/项), or "" when the catalog does not know it. */
    String functionName(FunctionCode code);

    /** The name of an economic code (类/款), or "" when the catalog does not know it. */
    String economicName(EconomicCode code);

    /** The 类 that tables 01 and 04 print on every row, in printed order (201 一般公共服务支出 … 234). */
    List<FunctionCode> printedCategories();
}
