package fiscalledger.projections.catalog;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.catalog.CatalogEntry;
import fiscalledger.ledger.catalog.CodeCatalog;

import java.util.List;

/** Code names from the ledger's {@link CodeCatalog} (built-in codes plus every registered one). */
public class CatalogCodeNames implements CodeNames {
    private final CodeCatalog catalog;

    public CatalogCodeNames(CodeCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String functionName(FunctionCode code) {
        return catalog.nameOf(code).orElse("");
    }

    @Override
    public String economicName(EconomicCode code) {
        return catalog.nameOf(code).orElse("");
    }

    @Override
    public List<FunctionCode> printedCategories() {
        return catalog.functionCategories().stream().map(CatalogEntry::code).map(FunctionCode::new).toList();
    }
}
