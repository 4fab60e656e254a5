package fiscalledger.shell.render;

import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.TableInfo;
import fiscalledger.projections.catalog.CatalogCodeNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTitlesTest {

    /** `tables` and completion name each table as `show` heads it (the notes were once named two ways). */
    @Test
    void everyTableIsListedUnderTheTitleItPrints() {
        PublicTables tables = new PublicTables(null, new CatalogCodeNames(CodeCatalog.builtIn()));
        assertThat(tables.tables()).isNotEmpty().allSatisfy(
                (TableInfo t) -> assertThat(TableTitles.title(t.id())).as(t.id()).isEqualTo(t.title()));
        assertThat(TableTitles.title("notes")).isEqualTo("情况说明中的数字");
    }
}
