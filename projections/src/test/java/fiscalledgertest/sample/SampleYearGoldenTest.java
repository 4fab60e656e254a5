package fiscalledgertest.sample;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.journal.ImportOptions;
import fiscalledger.ledger.journal.ImportReport;
import fiscalledger.ledger.journal.JournalImporter;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.LedgerDirectory;
import fiscalledger.projections.LedgerSummary;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.check.CheckResult;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The golden test of the whole system: the shipped sample journal, loaded into an empty H2 store through the normal
 * import path (the shell's JournalImporter: journal reader → RecordJournalCommand → aggregate → event store →
 * tracking processor → read models), prints every figure of the publication (shared/reference/seed-2024-expected.csv) exactly, and every
 * identity (勾稽关系) holds. A failure lists every mismatching cell: table, row, column, expected, actual.
 * A cell matches when it prints the same figure (4.8 = 4.80) and is printed at all where the publication prints one:
 * an empty cell is not a "0". Every row is also named as the publication names it (see {@link #namedAsPublished}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleYearGoldenTest {

    private static final LedgerKey SAMPLE = LedgerKey.of(new UnitCode("229001"), new FiscalYear(2024));
    /** The numeral tables 01 and 04 print before a row (一、 … 二十六、) and the expected CSV leaves out. */
    private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private Map<String, TableView> tables;

    @BeforeAll
    void loadTheSampleIntoAnEmptyStore() throws IOException {
        dataDir = Files.createTempDirectory("sample-golden");
        context = new SpringApplicationBuilder(SampleYearTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off")
                .run();
        ImportReport report = importSample();
        assertThat(report.problems()).as("problems importing the sample").isEmpty();
        assertThat(report.warnings()).as("warnings importing the sample").isEmpty();
        assertThat(report.recorded()).isEqualTo(report.entries()).isPositive();

        LedgerDirectory directory = context.getBean(LedgerDirectory.class);
        await().atMost(Duration.ofMinutes(2)).until(() -> directory.find(SAMPLE).map(LedgerSummary::closed).orElse(false));
        tables = context.getBean(PublicTables.class).renderAll(SAMPLE, Cutoff.NONE);
    }

    @AfterAll
    void close() throws IOException {
        if (context != null) {
            context.close();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyPrintedFigureOfThePublicationIsReproduced() throws IOException {
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord r : seed()) {
            String table = tableId(r.get("table"));
            String row = rowKey(table, r);
            String column = r.get("column");
            String expected = r.get("value_wan_yuan");
            String actual = printed(table, row, column);
            if (!same(expected, actual)) {
                String line = String.format("%s | %s | %s | expected %s | actual %s", r.get("table"), row, column,
                        show(expected), show(actual));
                mismatches.add(line);
            }
        }
        assertThat(mismatches).as("cells that differ from the publication:\n" + String.join("\n", mismatches)).isEmpty();
    }

    /**
     * Each row of the expected CSV names a printed row: the printed label is the CSV's name, or the CSV's name after
     * the publication's numeral (01 and 04 print 一、一般公共服务支出, the CSV has 一般公共服务支出), or the table takes
     * the CSV's name as a stable name of the row (table 10 prints 合计 under 一、政府采购情况, the CSV says 政府采购合计).
     */
    @Test
    void everyRowIsNamedAsThePublicationNamesIt() throws IOException {
        PublicTables publicTables = context.getBean(PublicTables.class);
        List<String> mismatches = new ArrayList<>();
        for (CSVRecord r : seed()) {
            String table = tableId(r.get("table"));
            String key = rowKey(table, r);
            TableRow row = tables.get(table).rows().stream().filter(x -> x.key().equals(key)).findFirst().orElse(null);
            if (row != null && !namedAsPublished(row, r.get("name"), publicTables.rowKey(table, r.get("name")))) {
                mismatches.add(r.get("table") + " | " + key + " | expected " + r.get("name") + " | printed " + row.name());
            }
        }
        assertThat(mismatches).as("rows named otherwise than in the publication:\n" + String.join("\n", mismatches))
                .isEmpty();
    }

    static boolean namedAsPublished(TableRow row, String csvName, java.util.Optional<String> keyOfCsvName) {
        return row.name().equals(csvName) || NUMERAL.matcher(row.name()).replaceFirst("").equals(csvName)
                || keyOfCsvName.map(row.key()::equals).orElse(false);
    }

    /** Before, "" compared as 0, so the five 目标申报数 printed empty passed for the publication's "0". */
    @Test
    void anEmptyCellDoesNotPassForAPrintedZeroNorAZeroForAnEmptyCell() {
        assertThat(same("0", "")).isFalse();
        assertThat(same("", "0.00")).isFalse();
        assertThat(same("", "")).isTrue();
        assertThat(same("4.8", "4.80")).isTrue();
        assertThat(same("0", "0")).isTrue();
        assertThat(same("——", "——")).isTrue();
        assertThat(same("——", "")).isFalse();
    }

    @Test
    void importingTheSampleAgainChangesNothing() throws IOException {
        ImportReport again = importSample();
        assertThat(again.succeeded()).isTrue();
        assertThat(again.recorded()).isZero();
        assertThat(again.skipped()).isEqualTo(again.entries());
    }

    @Test
    void everyIdentityHoldsOnTheSample() {
        List<CheckResult> results = context.getBean(IdentityChecks.class).run(SAMPLE, Cutoff.NONE);
        assertThat(results).isNotEmpty();
        assertThat(results.stream().filter(r -> !r.passed()).map(CheckResult::toString).toList())
                .as("identities that fail on the sample").isEmpty();
    }

    private static String tableId(String csvTable) {
        return switch (csvTable) {
            case "绩效自评" -> "perf";
            case "说明" -> "notes";
            default -> csvTable;
        };
    }

    private static String rowKey(String table, CSVRecord r) {
        return table.equals("notes") ? r.get("row") + "/" + r.get("name") : r.get("row");
    }

    private ImportReport importSample() throws IOException {
        Path file = dataDir.resolve("229001-2024.csv");
        Files.write(file, resource("/sample/229001-2024.csv"));
        return context.getBean(JournalImporter.class).importFile(file, ImportOptions.by("sample-golden-test"));
    }

    private String printed(String table, String rowKey, String column) {
        TableView view = tables.get(table);
        if (view == null) {
            return "(no table " + table + ")";
        }
        TableRow row = view.rows().stream().filter(r -> r.key().equals(rowKey)).findFirst().orElse(null);
        if (row == null) {
            return ""; // a row the table leaves out prints as empty
        }
        if (!view.columns().contains(column)) {
            return "(no column " + column + ")";
        }
        return view.printed(row, column);
    }

    /**
     * Same printed figure: equal text, or equal numbers (4.8 = 4.80, as the publication itself prints 得分 both ways).
     * An empty cell matches only an empty cell: the publication prints "0" for a declared 目标申报数 of 0 and nothing
     * for a zero sum, and a reader sees the difference.
     */
    static boolean same(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        BigDecimal e = number(expected);
        BigDecimal a = number(actual);
        return e != null && a != null && e.compareTo(a) == 0;
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String show(String v) {
        return v.isEmpty() ? "(empty)" : v;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleYearGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<CSVRecord> seed() throws IOException {
        try (InputStream in = SampleYearGoldenTest.class.getResourceAsStream("/reference/seed-2024-expected.csv")) {
            assertThat(in).as("the publication's figures on the test classpath").isNotNull();
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
