package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledgertest.ledger.LedgerTestApplication;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * README "Journal format": all problems of a file are listed at once. When the reader finds problems, the entries that
 * read fine still go through the ledger's checks (in a transaction that is rolled back), and the two lists come as
 * one, by line; what only follows from a problem already listed is not listed again. Each test uses its own unit
 * codes, so the tests share one application and database; none of them may leave an event or a code behind.
 */
@SpringBootTest(classes = LedgerTestApplication.class)
class JournalImportEveryProblemIntegrationTest {
    private static final List<String> COLUMNS = List.of("type", "unit", "year", "voucher", "date", "memo", "fund",
            "function", "economic", "kind", "project", "amount", "procurement", "sme_amount", "unit_name", "unit_type",
            "carry_forward", "reversed_voucher", "reason", "code_kind", "code", "name", "adjustment", "from_fund",
            "from_function", "from_kind", "document");
    private static final String NOT_IN_CATALOG = "is not in the catalog; register it with its name first";

    @TempDir
    static Path dataDir;

    @TempDir
    Path files;

    @Autowired
    JournalImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSchema schema;
    @Autowired
    CodeCatalog catalog;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("fiscal-ledger.data-dir", () -> dataDir.toString());
    }

    // ---- the user-acceptance review's files ----

    @Test
    void unknownCodesTheCatalogJudgesAreListedWithTheLinesThatDoNotRead() throws IOException {
        recorded("bad-code-year.csv", open("200001", "2024", "O-1"));
        ImportReport report = rejected("bad_code.csv",
                expense("200001", "C-001", "一般公共预算财政拨款", "2019999", "30201", "基本支出-公用经费", "100.00"),
                expense("200001", "C-002", "一般公共预算财政拨款", "2010301", "30298", "基本支出-公用经费", "100.00"),
                expense("200001", "C-003", "国库资金", "2010301", "30201", "基本支出-公用经费", "100.00"),
                expense("200001", "C-004", "一般公共预算财政拨款", "20103", "30201", "基本支出-公用经费", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "function"), tuple(3L, "economic"), tuple(4L, "fund"), tuple(5L, "function"));
        assertThat(report.problems().get(0).message()).contains("2019999", NOT_IN_CATALOG);
        assertThat(report.problems().get(1).message()).contains("30298", NOT_IN_CATALOG);
    }

    @Test
    void aClosedYearAndAYearNeverOpenedAreListedWithTheLinesThatDoNotRead() throws IOException {
        recorded("misc-years.csv", open("200002", "2023", "O-1"), close("200002", "2023", "C-1"),
                open("200002", "2024", "O-1"), expense("200002", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "10.00"));
        ImportReport report = rejected("misc.csv",
                row("type=reverse", "unit=200002", "year=2024", "voucher=H-002", "date=2024-02-02", "reversed_voucher=E-1"),
                row("type=expense", "unit=200002", "year=2024", "voucher=H-003", "date=2023-12-31", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=100.00"),
                row("type=expense", "unit=200002", "year=2024", "voucher=H-004", "date=2024-02-30", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=100.00"),
                row("type=expense", "unit=200002", "year=2024", "voucher=H-005", "date=2024-02-01", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "project=某项目", "amount=100.00"),
                row("type=expense", "unit=200002", "year=2023", "voucher=H-006", "date=2023-06-01", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=100.00"),
                row("type=expense", "unit=200003", "year=2024", "voucher=H-007", "date=2024-06-01", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field).containsExactly(
                tuple(2L, "reason"), tuple(3L, "date"), tuple(4L, "date"), tuple(5L, "project"),
                tuple(6L, "year"), tuple(7L, "type"));
        assertThat(report.problems().get(4).message()).contains("year 2023 of unit 200002 is closed");
        assertThat(report.problems().get(5).message()).contains("year 2024 of unit 200003 is not open");
    }

    @Test
    void aKindThatDoesNotMatchTheEconomicCodeIsListedWithTheLinesThatDoNotRead() throws IOException {
        recorded("misc2-year.csv", open("200004", "2024", "O-1"));
        ImportReport report = rejected("misc2.csv",
                row("type=expense", "unit=200004", "year=2024", "voucher=S-005", "date=2024-04-05", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=10.00", "sme_amount=5.00"),
                expense("200004", "S-007", "一般公共预算", "2010301", "30101", "公用经费", "10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "sme_amount"), tuple(3L, "economic"));
        assertThat(report.problems().get(1).message()).contains("30101");
    }

    @Test
    void aVoucherReversedTwiceInTheFileIsListedWithTheLinesThatDoNotRead() throws IOException {
        recorded("unused-year.csv", open("200005", "2024", "O-1"));
        ImportReport report = rejected("unused.csv",
                row("type=appropriation", "unit=200005", "year=2024", "voucher=X-001", "date=2024-04-07",
                        "fund=一般公共预算", "function=2010301", "economic=30201", "amount=10.00"),
                expense("200005", "X-002", "一般公共预算", "2010301", "30201", "公用经费", "10.00"),
                reverse("200005", "X-003", "X-002"),
                reverse("200005", "X-004", "X-002"),
                row("type=expense", "unit=200005", "year=2024", "voucher=X-005", "date=2024-04-07", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=10.00", "reason=why"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "economic"), tuple(5L, "reversed_voucher"), tuple(6L, "reason"));
        assertThat(report.problems().get(1).message()).contains("X-002 is already reversed");
    }

    @Test
    void aCodeWhoseParentIsMissingIsListedOnceNotAgainWhereItIsUsed() throws IOException {
        ImportReport report = rejected("code-without-parent.csv", code("FUNCTION", "2019997", "测试功能科目二"),
                open("200006", "2024", "O-1"),
                expense("200006", "K-001", "一般公共预算财政拨款", "2019997", "30201", "基本支出-公用经费", "10.00"));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("register the parent code 20199 before 2019997");
        });
        assertThat(catalog.find(CodeKind.FUNCTION, "2019997")).isEmpty();
    }

    // ---- what follows from a line that does not read is not listed again ----

    @Test
    void aCodeLineThatDoesNotReadIsNotReportedAgainWhereTheCodeIsUsed() throws IOException {
        ImportReport report = rejected("unread-code.csv", code("FUNCTION", "2019996", ""),
                open("200007", "2024", "O-1"),
                expense("200007", "K-001", "一般公共预算", "2019996", "30201", "公用经费", "10.00"),
                expense("200007", "K-002", "一般公共预算", "2019995", "30201", "公用经费", "10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "name"), tuple(6L, "function"));
        assertThat(report.problems().get(1).message()).contains("2019995", NOT_IN_CATALOG);
        assertThat(catalog.find(CodeKind.FUNCTION, "2019996")).isEmpty();
    }

    @Test
    void aChildCodeOfACodeLineThatDoesNotReadIsJudgedAsIfItsParentWereRegistered() throws IOException {
        ImportReport report = rejected("unread-parent.csv", code("FUNCTION", "20198", ""),
                code("FUNCTION", "2019801", "测试项"),
                open("200008", "2024", "O-1"),
                expense("200008", "K-001", "一般公共预算", "2019801", "30201", "公用经费", "10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "name"));
        assertThat(catalog.find(CodeKind.FUNCTION, "20198")).isEmpty();
        assertThat(catalog.find(CodeKind.FUNCTION, "2019801")).isEmpty();
    }

    @Test
    void theEntriesOfAYearWhoseOpenYearLineDoesNotReadAreNotReportedAsNotOpen() throws IOException {
        ImportReport report = rejected("unread-open.csv",
                row("type=open-year", "unit=200009", "year=2024", "voucher=O-1", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=公司"),
                opening("200009", "2024", "O-1", "50.00"),
                appropriation("200009", "A-1", "100.00"),
                expense("200009", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "10.00"),
                expense("200010", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "unit_type"), tuple(4L, ""), tuple(6L, "type"));
        assertThat(report.problems().get(1).message()).contains("the 2 entries of", "starting here were not checked",
                "line 2, which may open it, has a problem");
        assertThat(report.problems().get(2).message()).contains("year 2024 of unit 200010 is not open");
    }

    @Test
    void anOpenYearLineWithoutAReadableYearKeepsItsOpeningLinesAndTheYearsEntriesQuiet() throws IOException {
        ImportReport report = rejected("unread-open-year.csv",
                row("type=open-year", "unit=200011", "year=2O24", "voucher=O-1", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=行政单位"),
                opening("200011", "2024", "O-1", "50.00"),
                appropriation("200011", "A-1", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "year"), tuple(4L, ""));
    }

    @Test
    void anOpenYearLineWithAStrayCommaKeepsTheYearsEntriesQuiet() throws IOException {
        String open = open("200012", "2024", "O-1").replace("测试单位200012", "测试单位,二部");
        ImportReport report = rejected("comma.csv", open,
                appropriation("200012", "A-1", "100.00"),
                expense("200012", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line).containsExactly(2L, 4L);
        assertThat(report.problems().get(0).message()).contains("cells but the header has");
        assertThat(report.problems().get(1).message()).contains("not checked");
    }

    @Test
    void aReversalOfALineThatDoesNotReadIsNotReportedAsReversingAnUnknownVoucher() throws IOException {
        recorded("unread-reversed-year.csv", open("200013", "2024", "O-1"));
        ImportReport report = rejected("unread-reversed.csv",
                expense("200013", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "12.345"),
                reverse("200013", "R-1", "E-1"),
                reverse("200013", "R-2", "NO-SUCH-VOUCHER"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "amount"), tuple(4L, "reversed_voucher"));
        assertThat(report.problems().get(1).message()).contains("NO-SUCH-VOUCHER is not recorded");
    }

    @Test
    void aReversalOfAnEntryTheLedgerRejectsIsNotReportedAsReversingAnUnknownVoucher() throws IOException {
        ImportReport report = rejected("rejected-reversed.csv", open("200014", "2024", "O-1"),
                expense("200014", "E-1", "一般公共预算", "2010301", "30298", "公用经费", "10.00"),
                reverse("200014", "R-1", "E-1"),
                reverse("200014", "R-2", "NO-SUCH-VOUCHER"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(4L, "economic"), tuple(6L, "reversed_voucher"));
    }

    @Test
    void aTransferFromABudgetLineWhoseBudgetDoesNotReadIsNotReportedForTakingTooMuch() throws IOException {
        recorded("unread-budget-year.csv", open("200021", "2024", "O-1"));
        ImportReport report = rejected("unread-budget.csv",
                budget("200021", "B-1", "2010301", "1x", ""),
                transfer("200021", "T-1", "2010301", "2010302", "100.00"),
                transfer("200021", "T-2", "2010302", "2010301", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "amount"), tuple(4L, "amount"));
        assertThat(report.problems().get(1).message()).contains("2010302", "it cannot give");
    }

    @Test
    void aTransferFromABudgetLineWhoseBudgetTheLedgerRejectsIsNotReportedForTakingTooMuch() throws IOException {
        recorded("rejected-budget-year.csv", open("200022", "2024", "O-1"));
        ImportReport report = rejected("rejected-budget.csv",
                budget("200022", "B-1", "2010301", "1000.00", "x".repeat(2001)),
                transfer("200022", "T-1", "2010301", "2010302", "100.00"),
                transfer("200022", "T-2", "2010302", "2010301", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "memo"), tuple(4L, "amount"));
        assertThat(report.problems().get(1).message()).contains("it cannot give");
    }

    @Test
    void aYearCarriedForwardFromAYearWhoseCloseYearLineDoesNotReadIsNotChecked() throws IOException {
        ImportReport report = rejected("unread-close.csv", open("200015", "2023", "O-1"),
                row("type=close-year", "unit=200015", "year=2023", "voucher=C-1", "date=2024-12-31"),
                row("type=open-year", "unit=200015", "year=2024", "voucher=O-2", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=行政单位", "carry_forward=yes"),
                appropriation("200015", "A-1", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(4L, "date"), tuple(5L, ""));
        assertThat(report.problems().get(1).message()).contains("the 2 entries of", "not checked: it carries forward"
                + " from", "which line 4 may open or close");
    }

    @Test
    void aYearCarriedForwardFromAYearTheLedgerRejectsIsCheckedAgainstThatYearWithoutItsProblems() throws IOException {
        ImportReport report = rejected("rejected-close.csv", open("200016", "2023", "O-1"),
                row("type=expense", "unit=200016", "year=2023", "voucher=E-1", "date=2023-03-01", "fund=一般公共预算",
                        "function=2010301", "economic=30298", "kind=公用经费", "amount=10.00"),
                reverseIn("200016", "2023", "R-1", "E-1"),
                close("200016", "2023", "C-1"),
                row("type=open-year", "unit=200016", "year=2024", "voucher=O-2", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=行政单位", "carry_forward=yes"),
                appropriation("200016", "A-1", "100.00"),
                expense("200016", "E-2", "一般公共预算", "2019994", "30201", "公用经费", "10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(4L, "economic"), tuple(9L, "function"));
        assertThat(report.problems().get(1).message()).contains("2019994", NOT_IN_CATALOG);
    }

    @Test
    void aYearCarriedForwardFromAYearWhoseClosingTheLedgerRejectsIsNotReportedAsNotClosed() throws IOException {
        ImportReport report = rejected("rejected-closing.csv", open("200023", "2023", "O-1"),
                row("type=close-year", "unit=200023", "year=2023", "voucher=C-1", "date=2023-12-31", "memo=x".concat("y".repeat(2001))),
                row("type=open-year", "unit=200023", "year=2024", "voucher=O-2", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=行政单位", "carry_forward=yes"),
                appropriation("200023", "A-1", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(4L, "memo"));
    }

    @Test
    void openingLinesOfAYearCarriedForwardAreListedOnceOnTheirOwnLines() throws IOException {
        recorded("carried-prev.csv", open("200017", "2023", "O-1"), close("200017", "2023", "C-1"));
        ImportReport report = rejected("carried-opening.csv",
                row("type=open-year", "unit=200017", "year=2024", "voucher=O-2", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=行政单位", "carry_forward=yes"),
                opening("200017", "2024", "O-2", "50.00"),
                appropriation("200017", "A-1", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(3L, "type"));
    }

    // ---- the rest stays as it was ----

    @Test
    void aFileWhoseOnlyProblemsAreTheLedgersListsThemAsBefore() throws IOException {
        recorded("ledger-only-years.csv", open("200018", "2023", "O-1"), close("200018", "2023", "C-1"),
                open("200018", "2024", "O-1"));
        ImportReport report = rejected("ledger_err.csv",
                row("type=expense", "unit=200018", "year=2023", "voucher=H-006", "date=2023-06-01", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=100.00"),
                row("type=expense", "unit=200019", "year=2024", "voucher=H-007", "date=2024-06-01", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=100.00"),
                expense("200018", "H-008", "一般公共预算", "2010301", "30201", "公用经费", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field, EntryProblem::message)
                .containsExactly(
                        tuple(2L, "year", "year 2023 of unit 200018 is closed (voucher C-1); nothing more can be recorded in it"),
                        tuple(3L, "type", "year 2024 of unit 200019 is not open; open it first, or start the journal"
                                + " with its open-year line"));
    }

    @Test
    void aYearCarriedForwardFromAYearWhoseCloseYearLineReusesAVoucherIsNotChecked() throws IOException {
        ImportReport report = rejected("dup-close.csv", open("200025", "2024", "O-1"),
                appropriation("200025", "R-1", "100.00"),
                close("200025", "2024", "R-1"),
                row("type=open-year", "unit=200025", "year=2025", "voucher=O-2", "date=2025-01-01",
                        "unit_name=测试单位", "unit_type=行政单位", "carry_forward=yes"),
                row("type=expense", "unit=200025", "year=2025", "voucher=E-1", "date=2025-02-01", "fund=一般公共预算",
                        "function=2010301", "economic=30201", "kind=公用经费", "amount=10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(5L, "voucher"), tuple(6L, ""));
    }

    @Test
    void aYearCarriedForwardFromAYearTheStoreHoldsClosedIsCheckedWhateverALineThatBreaksTheFileMayBe()
            throws IOException {
        recorded("closed-prev.csv", open("200026", "2023", "O-1"), close("200026", "2023", "C-1"));
        ImportReport report = rejected("broken-quote.csv",
                row("type=open-year", "unit=200026", "year=2024", "voucher=O-2", "date=2024-01-01",
                        "unit_name=测试单位", "unit_type=行政单位", "carry_forward=yes"),
                expense("200026", "E-1", "一般公共预算", "2010301", "30298", "公用经费", "10.00"),
                row("type=expense", "unit=200026", "year=2024", "voucher=E-2", "date=2024-03-01", "memo=\"unclosed",
                        "fund=一般公共预算", "function=2010301", "economic=30201", "kind=公用经费", "amount=10.00"));

        assertThat(report.problems()).extracting(EntryProblem::line).contains(3L, 4L);
        assertThat(report.problems()).filteredOn(p -> p.line() == 3L).extracting(EntryProblem::message)
                .anySatisfy(m -> assertThat(m).contains("30298", NOT_IN_CATALOG));
    }

    @Test
    void theEntriesOfAYearThatIsNotOpenAreSaidToBeUncheckedSoThatMoreProblemsAreExpected() throws IOException {
        ImportReport report = rejected("not-open.csv",
                expense("200024", "E-1", "一般公共预算", "2010301", "30201", "公用经费", "10.00"),
                expense("200024", "E-2", "一般公共预算", "2010301", "30298", "公用经费", "10.00"),
                appropriation("200024", "A-1", "100.00"));

        assertThat(report.problems()).extracting(EntryProblem::line, EntryProblem::field, EntryProblem::message)
                .containsExactly(
                        tuple(2L, "type", "year 2024 of unit 200024 is not open; open it first, or start the journal"
                                + " with its open-year line"),
                        tuple(2L, "", "the other 2 entries were not checked because the year is not open"));
    }

    @Test
    void aYearCheckedForARejectedFileIsRecordedWhenTheFileIsCorrected() throws IOException {
        String good = open("200020", "2024", "O-1") + code("ECONOMIC", "30297", "测试经济款")
                + expense("200020", "E-1", "一般公共预算", "2010301", "30297", "公用经费", "10.00");
        rejected("corrected-bad.csv", good, expense("200020", "E-2", "一般公共预算", "2010301", "30201", "公用经费", "1x"));
        assertThat(catalog.find(CodeKind.ECONOMIC, "30297")).isEmpty();

        ImportReport corrected = importer.importFile(write("corrected.csv", good), ImportOptions.by("wang.li"));

        assertThat(corrected.problems()).isEmpty();
        assertThat(corrected.recorded()).isEqualTo(2);
        assertThat(corrected.codesRegistered()).isEqualTo(1);
    }

    // ---- helpers ----

    /** Imports a file that must be rejected and checks that it left nothing behind. */
    private ImportReport rejected(String name, String... lines) throws IOException {
        long events = eventCount();
        List<int[]> progress = new ArrayList<>();
        ImportReport report = importer.importFile(write(name, String.join("", lines)),
                new ImportOptions("wang.li", (done, total) -> progress.add(new int[]{done, total})));
        assertThat(report.succeeded()).as("%s is rejected", name).isFalse();
        assertThat(report.recorded()).isZero();
        assertThat(eventCount()).as("events stored by %s", name).isEqualTo(events);
        assertThat(progress.get(progress.size() - 1)).containsExactly(report.entries(), report.entries());
        return report;
    }

    private void recorded(String name, String... lines) throws IOException {
        ImportReport report = importer.importFile(write(name, String.join("", lines)), ImportOptions.by("wang.li"));
        assertThat(report.problems()).as("problems of %s", name).isEmpty();
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from " + schema.domainEventTable(), Long.class);
    }

    private Path write(String name, String body) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, String.join(",", COLUMNS) + "\r\n" + body, StandardCharsets.UTF_8);
        return file;
    }

    /** A line from {@code column=value} pairs; the other columns are empty. */
    private static String row(String... cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String cell : cells) {
            int eq = cell.indexOf('=');
            values.put(cell.substring(0, eq), cell.substring(eq + 1));
        }
        assertThat(COLUMNS).containsAll(values.keySet());
        return String.join(",", COLUMNS.stream().map(c -> values.getOrDefault(c, "")).toList()) + "\r\n";
    }

    private static String open(String unit, String year, String voucher) {
        return row("type=open-year", "unit=" + unit, "year=" + year, "voucher=" + voucher, "date=" + year + "-01-01",
                "memo=开账", "unit_name=测试单位" + unit, "unit_type=行政单位")
                + opening(unit, year, voucher, "50.00");
    }

    private static String opening(String unit, String year, String voucher, String amount) {
        return row("type=opening", "unit=" + unit, "year=" + year, "voucher=" + voucher, "fund=其他", "function=2010301",
                "amount=" + amount);
    }

    private static String close(String unit, String year, String voucher) {
        return row("type=close-year", "unit=" + unit, "year=" + year, "voucher=" + voucher, "date=" + year + "-12-31");
    }

    private static String expense(String unit, String voucher, String fund, String function, String economic, String kind,
                                  String amount) {
        return row("type=expense", "unit=" + unit, "year=2024", "voucher=" + voucher, "date=2024-03-01", "fund=" + fund,
                "function=" + function, "economic=" + economic, "kind=" + kind, "amount=" + amount);
    }

    private static String budget(String unit, String voucher, String function, String amount, String memo) {
        return row("type=budget", "unit=" + unit, "year=2024", "voucher=" + voucher, "date=2024-01-02", "memo=" + memo,
                "fund=一般公共预算", "function=" + function, "kind=公用经费", "amount=" + amount);
    }

    /** A 调剂 of the 公用经费 budget from one function code's line to another's. */
    private static String transfer(String unit, String voucher, String from, String to, String amount) {
        return row("type=adjust", "unit=" + unit, "year=2024", "voucher=" + voucher, "date=2024-05-01",
                "adjustment=调剂", "fund=一般公共预算", "function=" + to, "kind=公用经费", "amount=" + amount,
                "from_fund=一般公共预算", "from_function=" + from, "from_kind=公用经费", "document=文号1");
    }

    private static String appropriation(String unit, String voucher, String amount) {
        return row("type=appropriation", "unit=" + unit, "year=2024", "voucher=" + voucher, "date=2024-03-01",
                "fund=一般公共预算", "function=2010301", "amount=" + amount);
    }

    private static String reverse(String unit, String voucher, String reversed) {
        return reverseIn(unit, "2024", voucher, reversed);
    }

    private static String reverseIn(String unit, String year, String voucher, String reversed) {
        return row("type=reverse", "unit=" + unit, "year=" + year, "voucher=" + voucher, "date=" + year + "-06-01",
                "reversed_voucher=" + reversed, "reason=录入错误");
    }

    private static String code(String kind, String code, String name) {
        return row("type=code", "code_kind=" + kind, "code=" + code, "name=" + name);
    }
}
