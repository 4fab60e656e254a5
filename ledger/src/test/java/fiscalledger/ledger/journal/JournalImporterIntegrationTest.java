package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The importer against the real thing: Axon, the ledger aggregate and the H2 file store in a temporary directory.
 * Each test uses its own unit codes, so the tests share one application and database.
 */
@SpringBootTest(classes = LedgerTestApplication.class)
class JournalImporterIntegrationTest {
    private static final String HEADER = "type,unit,year,voucher,date,memo,fund,function,economic,kind,project,amount,"
            + "unit_name,unit_type,reversed_voucher,reason,code_kind,code,name\r\n";

    @TempDir
    static Path dataDir;

    @TempDir
    Path files;

    @Autowired
    JournalImporter importer;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSchema schema;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("fiscal-ledger.data-dir", () -> dataDir.toString());
    }

    @Test
    void aGoodFileIsRecordedWithWhoAndWhyOnEveryEvent() throws IOException {
        Path file = write("good.csv", open("100001", "O-1")
                + line("budget", "100001", "B-1", "一般公共预算", "2010301", "30201", "公用经费", "", "5000.00")
                + line("appropriation", "100001", "A-1", "一般公共预算", "2010301", "", "", "", "5000.00")
                + line("expense", "100001", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "", "1200.00")
                + line("expense", "100001", "E-2", "一般公共预算", "2010301", "30201", "公用经费", "", "4000.00"));

        ImportReport report = importer.importFile(file, ImportOptions.by("wang.li"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.linesRead()).isEqualTo(6);
        assertThat(report.entries()).isEqualTo(5);
        assertThat(report.recorded()).isEqualTo(5);
        assertThat(report.skipped()).isZero();
        assertThat(report.eventsByType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "YearOpenedEvent", 1, "InitialBudgetApprovedEvent", 1, "AppropriationReceivedEvent", 1,
                "ExpenditureRecordedEvent", 2));
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).contains("beyond its 全年预算");
        });
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("100001/2024").asStream().toList();
        assertThat(events).hasSize(5);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getMetaData()).containsEntry(LedgerMetadata.USER, "wang.li");
            assertThat(e.getMetaData()).containsEntry(LedgerMetadata.REASON, "import good.csv");
        });
        assertThat(events.get(4).getMetaData()).containsEntry(LedgerMetadata.SOURCE, "good.csv:7");
    }

    /**
     * The rows an import stores, byte for byte: the metadata (who, why, file and line; nothing else) and the payload
     * JSON. The write path is tuned for speed (README "Import speed"); what it writes must not change with it.
     */
    @Test
    void anImportStoresExactlyTheseRows() throws IOException {
        Path file = write("rows.csv", open("100019", "O-1")
                + line("appropriation", "100019", "A-1", "一般公共预算", "2010301", "", "", "", "100.00")
                + line("expense", "100019", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "", "10.05"));

        importer.importFile(file, ImportOptions.by("wang.li"));

        List<String> rows = jdbc.query("SELECT sequence_number, type, payload_type, meta_data, payload FROM "
                        + schema.domainEventTable() + " WHERE aggregate_identifier = '100019/2024' ORDER BY sequence_number",
                (rs, i) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + new String(rs.getBytes(4), StandardCharsets.UTF_8) + " " + new String(rs.getBytes(5), StandardCharsets.UTF_8));
        String event = " FiscalYearLedger fiscalledger.ledger.api.event.";
        assertThat(rows).containsExactly(
                "0" + event + "YearOpenedEvent {\"reason\":\"import rows.csv\",\"source\":\"rows.csv:2\",\"user\":\"wang.li\"}"
                        + " {\"unit\":\"100019\",\"year\":2024,\"voucher\":\"O-1\",\"date\":\"2024-01-01\",\"memo\":\"开账\","
                        + "\"unitName\":\"测试单位100019\",\"departmentCode\":\"\",\"departmentName\":\"\",\"unitType\":\"ADMINISTRATIVE\","
                        + "\"openingBalances\":[{\"fund\":\"OTHER\",\"function\":\"2010301\",\"amount\":5000}]}",
                "1" + event + "AppropriationReceivedEvent {\"reason\":\"import rows.csv\",\"source\":\"rows.csv:4\",\"user\":\"wang.li\"}"
                        + " {\"unit\":\"100019\",\"year\":2024,\"voucher\":\"A-1\",\"date\":\"2024-03-01\",\"memo\":\"\","
                        + "\"fund\":\"GENERAL_BUDGET\",\"function\":\"2010301\",\"amount\":10000}",
                "2" + event + "ExpenditureRecordedEvent {\"reason\":\"import rows.csv\",\"source\":\"rows.csv:5\",\"user\":\"wang.li\"}"
                        + " {\"unit\":\"100019\",\"year\":2024,\"voucher\":\"E-1\",\"date\":\"2024-03-01\",\"memo\":\"\","
                        + "\"fund\":\"GENERAL_BUDGET\",\"function\":\"2010301\",\"economic\":\"30201\",\"kind\":\"BASIC_PUBLIC\","
                        + "\"project\":\"\",\"procurement\":null,\"smeAmount\":0,\"smallMicroAmount\":0,\"amount\":1005}");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        Path file = write("twice.csv", open("100002", "O-1")
                + line("appropriation", "100002", "A-1", "一般公共预算", "2010301", "", "", "", "100.00")
                + line("expense", "100002", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "", "10.00"));
        ImportReport first = importer.importFile(file, ImportOptions.by("wang.li"));
        long events = eventCount();

        ImportReport second = importer.importFile(file, ImportOptions.by("wang.li"));

        assertThat(first.recorded()).isEqualTo(3);
        assertThat(second.succeeded()).isTrue();
        assertThat(second.recorded()).isZero();
        assertThat(second.skipped()).isEqualTo(3);
        assertThat(second.eventsByType()).isEmpty();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aFileThatDoesNotReadRecordsNothingAndListsEveryProblem() throws IOException {
        long events = eventCount();
        Path file = write("unreadable.csv", open("100003", "O-1")
                + line("appropriation", "100003", "A-1", "一般公共预算", "2010301", "", "", "", "12.345")
                + line("expense", "100003", "E-1", "一般公共预算", "20103", "30201", "公用经费", "", "10.00"));

        ImportReport report = importer.importFile(file, ImportOptions.by("wang.li"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(4L, "amount"), tuple(5L, "function"));
        assertThat(report.recorded()).isZero();
        assertThat(eventCount()).isEqualTo(events);
        assertThat(eventStore.lastSequenceNumberFor("100003/2024")).isEmpty();
    }

    @Test
    void entriesTheLedgerRejectsRollBackTheWholeFileAndAreAllListed() throws IOException {
        long events = eventCount();
        Path file = write("rejected.csv", open("100004", "O-1")
                + line("appropriation", "100004", "A-1", "一般公共预算", "2010301", "", "", "", "100.00")
                + line("expense", "100004", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "", "10.00")
                + line("expense", "100004", "E-2", "一般公共预算", "2010301", "30801", "公用经费", "", "10.00")
                + reverse("100004", "R-1", "NO-SUCH-VOUCHER"));

        ImportReport report = importer.importFile(file, ImportOptions.by("wang.li"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(EntryProblem::source, EntryProblem::line)
                .containsExactly(tuple("rejected.csv", 6L), tuple("rejected.csv", 7L));
        assertThat(eventCount()).isEqualTo(events);
        assertThat(eventStore.lastSequenceNumberFor("100004/2024")).isEmpty();
    }

    @Test
    void aBadSecondUnitYearKeepsTheFirstFromBeingRecordedToo() throws IOException {
        long events = eventCount();
        String firstYear = open("100005", "O-1")
                + line("appropriation", "100005", "A-1", "一般公共预算", "2010301", "", "", "", "100.00")
                + line("expense", "100005", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "", "10.00");
        String secondYear = open("100006", "O-1")
                + line("expense", "100006", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "", "10.00");
        Path bad = write("two-years.csv", firstYear + secondYear + reverse("100006", "R-1", "NO-SUCH-VOUCHER"));

        ImportReport report = importer.importFile(bad, ImportOptions.by("wang.li"));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(EntryProblem::line).containsExactly(9L);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(eventStore.lastSequenceNumberFor("100005/2024")).isEmpty();

        // nothing of the rolled-back first year may linger in the aggregate cache: the corrected file records it all
        ImportReport corrected = importer.importFile(write("two-years-fixed.csv", firstYear + secondYear),
                ImportOptions.by("wang.li"));
        assertThat(corrected.problems()).isEmpty();
        assertThat(corrected.recorded()).isEqualTo(5);
        assertThat(eventStore.readEvents("100005/2024").asStream().count()).isEqualTo(3);
    }

    @Test
    void aCodeRegisteredByARejectedFileIsNotKept() throws IOException {
        Path rejected = write("code-rejected.csv", code("FUNCTION", "2010308", "信访事务")
                + open("100007", "O-1")
                + line("appropriation", "100007", "A-1", "一般公共预算", "2010308", "", "", "", "100.00")
                + reverse("100007", "R-1", "NO-SUCH-VOUCHER"));
        ImportReport first = importer.importFile(rejected, ImportOptions.by("wang.li"));
        assertThat(first.problems()).extracting(EntryProblem::line).containsExactly(6L);

        Path usesCode = write("code-missing.csv", open("100008", "O-1")
                + line("appropriation", "100008", "A-1", "一般公共预算", "2010308", "", "", "", "100.00"));
        ImportReport second = importer.importFile(usesCode, ImportOptions.by("wang.li"));

        assertThat(second.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("2010308");
        });
    }

    @Test
    void codesAreRegisteredBeforeTheEntriesThatUseThem() throws IOException {
        Path file = write("new-code.csv", open("100009", "O-1")
                + line("appropriation", "100009", "A-1", "一般公共预算", "2010350", "", "", "", "100.00")
                + code("FUNCTION", "2010350", "事业运行"));

        ImportReport report = importer.importFile(file, ImportOptions.by("wang.li"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.codesRegistered()).isEqualTo(1);
        assertThat(report.eventsByType()).containsEntry("CodeRegisteredEvent", 1).containsEntry("AppropriationReceivedEvent", 1);
    }

    @Test
    void progressGoesFromZeroToEveryEntry() throws IOException {
        StringBuilder journal = new StringBuilder(open("100010", "O-1"));
        for (int i = 1; i <= JournalImporter.CHUNK + 10; i++) {
            journal.append(line("appropriation", "100010", "A-" + i, "一般公共预算", "2010301", "", "", "", "1.00"));
        }
        List<int[]> calls = new ArrayList<>();

        ImportReport report = importer.importFile(write("progress.csv", journal.toString()),
                new ImportOptions("wang.li", (done, total) -> calls.add(new int[]{done, total})));

        int total = JournalImporter.CHUNK + 11;
        assertThat(report.recorded()).isEqualTo(total);
        assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls.get(0)).containsExactly(0, total);
        assertThat(calls.get(calls.size() - 1)).containsExactly(total, total);
        assertThat(calls).isSortedAccordingTo((a, b) -> Integer.compare(a[0], b[0]));
    }

    @Test
    void aRejectionInALaterChunkListsEveryLaterProblemOnce() throws IOException {
        StringBuilder journal = new StringBuilder(open("100011", "O-1"));
        int n = JournalImporter.CHUNK * 2;
        for (int i = 1; i <= n; i++) {
            journal.append(line("appropriation", "100011", "A-" + i, "一般公共预算", "2010301", "", "", "", "1.00"));
        }
        // line of the first bad entry falls in the second chunk; the reversal in the third chunk depends on an entry
        // of the second chunk that is fine, and must not be reported
        journal.append(reverse("100011", "R-1", "NO-SUCH-VOUCHER"));
        journal.append(reverse("100011", "R-2", "A-" + (JournalImporter.CHUNK + 5)));
        journal.append(reverse("100011", "R-3", "ALSO-MISSING"));
        long events = eventCount();

        ImportReport report = importer.importFile(write("chunks.csv", journal.toString()), ImportOptions.by("wang.li"));

        assertThat(report.problems()).extracting(EntryProblem::line).containsExactly(n + 4L, n + 6L);
        assertThat(eventCount()).isEqualTo(events);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from " + schema.domainEventTable(), Long.class);
    }

    private Path write(String name, String body) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return file;
    }

    private static String open(String unit, String voucher) {
        return "open-year," + unit + ",2024," + voucher + ",2024-01-01,开账,,,,,,,测试单位" + unit + ",行政单位,,,,,\r\n"
                + "opening," + unit + ",2024," + voucher + ",,,其他,2010301,,,,50.00,,,,,,,\r\n";
    }

    private static String line(String type, String unit, String voucher, String fund, String function, String economic,
                               String kind, String project, String amount) {
        return String.join(",", type, unit, "2024", voucher, "2024-03-01", "", fund, function, economic, kind, project,
                amount, "", "", "", "", "", "", "") + "\r\n";
    }

    private static String reverse(String unit, String voucher, String reversed) {
        return "reverse," + unit + ",2024," + voucher + ",2024-06-01,,,,,,,,,," + reversed + ",录入错误,,,\r\n";
    }

    private static String code(String kind, String code, String name) {
        return "code,,,,,,,,,,,,,,,," + kind + "," + code + "," + name + "\r\n";
    }
}
