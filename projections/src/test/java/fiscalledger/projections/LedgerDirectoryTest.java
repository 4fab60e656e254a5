package fiscalledger.projections;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shell command that names or defaults a unit-year asks the directory first: that must cost the same on a store
 * of a hundred postings as on one of millions, so it reads the small {@code ledgers} read model and never the postings.
 */
class LedgerDirectoryTest {
    private final ReadModelFixture fixture = new ReadModelFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void resolvingUnitYearsReadsTheLedgersReadModelAndNeverThePostings() {
        fixture.recordAll(HandMadeYear.events(new UnitCode("100001"), new FiscalYear(2023)));
        fixture.recordAll(HandMadeYear.events());
        fixture.recordAll(HandMadeYear.events(new UnitCode("100003"), new FiscalYear(2024)));
        // H2 records every statement run from here on (statistics are per database, whatever the connection)
        fixture.jdbc.execute("SET QUERY_STATISTICS TRUE");

        assertThat(fixture.directory.ledgers()).extracting(l -> l.key().id())
                .containsExactly("100001/2023", "100001/2024", "100003/2024");
        assertThat(fixture.directory.defaultLedger()).contains(LedgerKey.parse("100001/2024"));
        assertThat(fixture.directory.find(LedgerKey.parse("100003/2024"))).get()
                .extracting(LedgerSummary::unitName, LedgerSummary::closed).containsExactly("测试行政单位", false);
        assertThat(fixture.directory.ofUnit(new UnitCode("100001"))).extracting(l -> l.key().year().value())
                .containsExactly(2023, 2024);

        List<String> statements = fixture.jdbc.queryForList(
                "SELECT sql_statement FROM information_schema.query_statistics", String.class);
        assertThat(statements).isNotEmpty().anyMatch(s -> s.contains("FROM ledgers"))
                .noneMatch(s -> s.toLowerCase().contains("postings") && !s.contains("query_statistics"));
    }
}
