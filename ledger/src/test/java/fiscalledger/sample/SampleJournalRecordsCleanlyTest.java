package fiscalledger.sample;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.ledger.command.FiscalYearLedger;
import fiscalledger.ledger.command.JournalHandler;
import fiscalledger.ledger.command.LedgerPolicy;
import fiscalledger.ledger.command.UnopenedYearInterceptor;
import fiscalledger.ledger.command.YearOpeningHandler;
import fiscalledger.ledger.journal.Journal;
import fiscalledger.ledger.journal.JournalFormat;
import fiscalledger.ledger.journal.JournalReader;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped sample goes through the normal import path — the journal reader, then one RecordJournalCommand on
 * the unit-year aggregate — without a single problem or warning (no overspent line, no rule bent).
 */
class SampleJournalRecordsCleanlyTest {

    @Test
    void sampleReadsAndRecordsWithoutProblemsOrWarnings() throws IOException {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/sample/229001-2024.csv")) {
            assertThat(in).isNotNull();
            content = in.readAllBytes();
        }
        Journal journal = new JournalReader().read("229001-2024.csv", content, JournalFormat.CSV);
        assertThat(journal.problems()).as("problems reading the sample").isEmpty();

        AggregateTestFixture<FiscalYearLedger> fixture = new AggregateTestFixture<>(FiscalYearLedger.class);
        fixture.registerInjectableResource(CodeCatalog.builtIn());
        fixture.registerInjectableResource(LedgerPolicy.DEFAULT);
        fixture.registerCommandHandlerInterceptor(new UnopenedYearInterceptor());
        fixture.registerAnnotatedCommandHandler(new YearOpeningHandler(fixture.getRepository(), fixture.getEventStore()));
        fixture.registerAnnotatedCommandHandler(new JournalHandler(fixture.getRepository(), fixture.getEventStore()));

        LedgerKey key = LedgerKey.of(new UnitCode("229001"), new FiscalYear(2024));
        fixture.givenNoPriorActivity()
                .when(new RecordJournalCommand(key, journal.entries()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(RecordingResult.class))
                .expectResultMessagePayloadMatching(new org.hamcrest.BaseMatcher<>() {
                    @Override
                    public boolean matches(Object actual) {
                        RecordingResult r = (RecordingResult) actual;
                        return r.recorded() == journal.entries().size() && !r.hasWarnings();
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description d) {
                        d.appendText("all " + journal.entries().size() + " entries recorded without warnings");
                    }
                });
    }
}
