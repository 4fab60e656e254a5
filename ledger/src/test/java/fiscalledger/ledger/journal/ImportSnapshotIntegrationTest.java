package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.ReceiveAppropriationCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fiscalledger.ledger.LedgerFixtures.ADMIN_OPERATION;
import static fiscalledger.ledger.LedgerFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots of an imported unit-year, with a threshold far below the import's size: one snapshot per unit-year at the
 * end of the import (not one per threshold or chunk), which a later command loads instead of replaying the year.
 */
@SpringBootTest(classes = LedgerTestApplication.class)
class ImportSnapshotIntegrationTest {
    private static final String HEADER = "type,unit,year,voucher,date,memo,fund,function,economic,kind,project,amount,"
            + "unit_name,unit_type,reversed_voucher,reason,code_kind,code,name\r\n";

    @TempDir
    static Path dataDir;
    @TempDir
    Path files;

    @Autowired
    JournalImporter importer;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cache ledgerCache;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("fiscal-ledger.data-dir", () -> dataDir.toString());
        registry.add("fiscal-ledger.snapshot-threshold", () -> "100");
    }

    @BeforeAll
    static void countSnapshots(@Autowired JdbcTemplate jdbc) {
        jdbc.execute("CREATE TRIGGER IF NOT EXISTS count_snapshots AFTER INSERT ON snapshot_event_entry FOR EACH ROW CALL \""
                + SnapshotInsertCounter.class.getName() + "\"");
    }

    @Test
    void anImportedYearIsSnapshottedOnceAfterItsLastEventAndACommandLoadsItFromThere() throws IOException {
        int appropriations = JournalImporter.CHUNK * 2 + 10; // three chunks, dozens of thresholds
        ImportReport report = importer.importFile(journal("200001", appropriations), ImportOptions.by("wang.li"));
        assertThat(report.recorded()).isEqualTo(appropriations + 1);

        long lastEvent = eventStore.lastSequenceNumberFor("200001/2024").orElseThrow();
        assertThat(SnapshotInsertCounter.stored("200001/2024")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, "200001/2024")).containsExactly(lastEvent);

        ledgerCache.removeAll(); // the next command finds the year in its snapshot, with no event after it to replay
        RecordingResult again = commands.sendAndWait(appropriation("200001", "A-7"));
        assertThat(again).isEqualTo(new RecordingResult(0, 1, List.of()));
        RecordingResult next = commands.sendAndWait(appropriation("200001", "A-NEW"));
        assertThat(next.recorded()).isEqualTo(1);
        assertThat(eventStore.lastSequenceNumberFor("200001/2024")).contains(lastEvent + 1);
    }

    @Test
    void aYearImportedInOneChunkIsSnapshottedOnceToo() throws IOException {
        importer.importFile(journal("200002", 250), ImportOptions.by("wang.li"));

        assertThat(SnapshotInsertCounter.stored("200002/2024")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT sequence_number FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Long.class, "200002/2024")).containsExactly(250L);
        // the snapshot carries who took it and why, as the events do (without their source line)
        assertThat(jdbc.queryForList("SELECT meta_data FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                byte[].class, "200002/2024")).singleElement().satisfies(json -> assertThat(new String(json,
                StandardCharsets.UTF_8)).isEqualTo("{\"reason\":\"import 200002.csv\",\"user\":\"wang.li\"}"));
    }

    private static ReceiveAppropriationCommand appropriation(String unit, String voucher) {
        return new ReceiveAppropriationCommand(new UnitCode(unit), new FiscalYear(2024), voucher,
                LocalDate.of(2024, 3, 1), "", Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("1.00"));
    }

    private Path journal(String unit, int appropriations) throws IOException {
        StringBuilder text = new StringBuilder(HEADER)
                .append("open-year,").append(unit).append(",2024,O-1,2024-01-01,开账,,,,,,,测试单位,行政单位,,,,,\r\n");
        for (int i = 1; i <= appropriations; i++) {
            text.append("appropriation,").append(unit).append(",2024,A-").append(i)
                    .append(",2024-03-01,,一般公共预算,2010301,,,,1.00,,,,,,,\r\n");
        }
        Path file = files.resolve(unit + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
