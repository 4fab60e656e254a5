package fiscalledger.scaleout;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticYearTest {

    private static final UnitCode UNIT = new UnitCode("530001");
    private static final FiscalYear YEAR = new FiscalYear(2024);

    @TempDir
    Path dataDir;

    @Test
    void hasExactlyTheRequestedNumberOfEntriesAndTheSameSeedGivesTheSameYear() {
        List<LedgerCommand> year = SyntheticYear.of(UNIT, YEAR, 5_000, 1);
        assertThat(year).hasSize(5_000);
        assertThat(SyntheticYear.of(UNIT, YEAR, 5_000, 1)).isEqualTo(year);
        assertThat(SyntheticYear.of(UNIT, YEAR, 5_000, 2)).isNotEqualTo(year);
    }

    @Test
    void everyEntryOfASyntheticYearPassesTheLedgersRules() {
        try (ConfigurableApplicationContext node = NodeApplication.start(List.of("fiscal-ledger.data-dir=" + dataDir))) {
            JournalRecorder recorder = new JournalRecorder(node.getBean(CommandGateway.class), 500);
            RecordingResult result = recorder.record(LedgerKey.of(UNIT, YEAR), "synthetic",
                    SyntheticYear.of(UNIT, YEAR, 3_000, 1));
            assertThat(result.recorded()).isEqualTo(3_000);
            assertThat(result.skippedAsDuplicate()).isZero();
        }
    }
}
