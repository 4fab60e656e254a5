package fiscalledger.shell.complete;

import fiscalledger.shell.FakeLedgerServices;
import fiscalledger.shell.command.CommandRegistry;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tab completion: what is offered at each point of a line, with the names shown beside the codes. */
class ShellCompleterTest {

    @TempDir
    Path workingDirectory;

    private final DumbTerminal terminal;
    private final LineReader reader;

    ShellCompleterTest() throws IOException {
        terminal = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8);
        reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    private List<Candidate> complete(String line) {
        ShellCompleter completer = new ShellCompleter(CommandRegistry.standard(),
                new CompletionSource(new FakeLedgerServices(), CommandRegistry.standard()), workingDirectory);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates;
    }

    private static List<String> values(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void theFirstWordCompletesToCommandNamesWithTheirSummaries() {
        List<Candidate> candidates = complete("");
        assertThat(values(candidates)).contains("show", "check", "sql", "import", "load-sample", "expense", "help", "exit");
        assertThat(candidates).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("show");
            assertThat(c.descr()).contains("public table");
        });
    }

    @Test
    void showOffersTableIdsWithTheirTitles() {
        List<Candidate> candidates = complete("show ");
        assertThat(values(candidates)).contains("01", "10", "perf", "notes", "balances");
        assertThat(candidates).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("01");
            assertThat(c.descr()).isEqualTo("收入支出决算总表");
        });
    }

    @Test
    void aDashOffersTheCommandsOptions() {
        assertThat(values(complete("show 01 --"))).containsExactlyInAnyOrder("--unit", "--year", "--format", "--yuan", "--out");
    }

    @Test
    void unitAndYearOptionsOfferWhatTheStoreHolds() {
        List<Candidate> units = complete("show 01 --unit ");
        assertThat(values(units)).containsExactly("229001");
        assertThat(units.get(0).descr()).isEqualTo("山西省行政审批服务管理局");
        assertThat(values(complete("check --year "))).containsExactly("2024");
    }

    @Test
    void functionAndEconomicCodesComeWithTheirNames() {
        List<Candidate> functions = complete("expense --function ");
        assertThat(functions).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("2010301");
            assertThat(c.descr()).isEqualTo("行政运行");
        });
        assertThat(complete("budget --economic ")).anySatisfy(c -> assertThat(c.descr()).isEqualTo("办公费"));
    }

    @Test
    void enumeratedOptionsOfferTheChineseLabels() {
        assertThat(values(complete("expense --fund "))).contains("一般公共预算财政拨款", "其他收入");
        assertThat(values(complete("expense --kind "))).contains("基本支出-人员经费", "项目支出");
        assertThat(values(complete("show 01 --format "))).containsExactly("text", "csv", "json", "md");
    }

    @Test
    void projectsAreOfferedByName() {
        assertThat(values(complete("expense --project "))).contains("空白证照购置印刷");
    }

    @Test
    void historyCompletesItsSecondWordByItsFirst() {
        assertThat(values(complete("history "))).contains("voucher", "project", "line", "cell");
        assertThat(values(complete("history project "))).contains("空白证照购置印刷").doesNotContain("01");
        assertThat(values(complete("history cell "))).contains("01", "perf").doesNotContain("空白证照购置印刷");
        assertThat(values(complete("history --unit 229001 project "))).contains("空白证照购置印刷");
        assertThat(values(complete("as-of 2024-06-30 history cell "))).contains("01", "perf");
        assertThat(values(complete("history voucher "))).doesNotContain("空白证照购置印刷", "01");
    }

    @Test
    void sqlOffersItsOutputFileOption() {
        assertThat(values(complete("sql --"))).containsExactlyInAnyOrder("--format", "--out");
    }

    @Test
    void importCompletesFilePaths() throws IOException {
        Files.writeString(workingDirectory.resolve("journal-2024.csv"), "");
        assertThat(values(complete("import jour"))).anyMatch(v -> v.contains("journal-2024.csv"));
    }

    @Test
    void helpCompletesCommandNames() {
        assertThat(values(complete("help "))).contains("show", "sql");
    }

    @Test
    void asOfOffersTheCommandsItRunsWithTheirSummaries() {
        assertThat(complete("as-of ")).isEmpty();
        List<Candidate> inner = complete("as-of 2024-06-30 sh");
        assertThat(values(inner)).containsExactlyInAnyOrder("show", "check", "trace", "history", "sql");
        assertThat(inner).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo("show");
            assertThat(c.descr()).contains("public table");
        });
    }

    @Test
    void afterAsOfTheInnerCommandCompletesExactlyAsAtTheTopLevel() {
        for (String inner : List.of("show ", "show 01 --", "show 01 --unit ", "check --year ", "trace ",
                "history line --function ", "history line --economic ", "history ", "sql --format ")) {
            List<Candidate> top = complete(inner);
            List<Candidate> asOf = complete("as-of 2024-06-30 " + inner);
            assertThat(top).as(inner).isNotEmpty();
            assertThat(asOf).as(inner).extracting(Candidate::value, Candidate::descr)
                    .containsExactlyElementsOf(top.stream()
                            .map(c -> org.assertj.core.groups.Tuple.tuple(c.value(), c.descr())).toList());
        }
        assertThat(complete("as-of #1200 show 01 --unit ")).singleElement()
                .satisfies(c -> assertThat(c.descr()).isEqualTo("山西省行政审批服务管理局"));
    }

    @Test
    void asOfOffersNothingForACommandItDoesNotRun() {
        assertThat(complete("as-of 2024-06-30 expense --")).isEmpty();
    }

    @Test
    void importWarningsOffersSummaryAllAndFilePaths() throws IOException {
        Files.writeString(workingDirectory.resolve("warnings-2024.csv"), "");
        assertThat(values(complete("import j.csv --warnings "))).contains("summary", "all")
                .anyMatch(v -> v.contains("warnings-2024.csv"));
        assertThat(values(complete("import j.csv --"))).containsExactlyInAnyOrder("--warnings", "--encoding");
        assertThat(values(complete("import j.csv --encoding "))).containsExactly("UTF-8", "GBK", "GB18030");
    }

    @Test
    void eventsTypeOffersEveryEventTypeTheLedgerStores() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.RegexPatternTypeFilter(
                java.util.regex.Pattern.compile(".*Event")));
        List<String> types = scanner.findCandidateComponents("fiscalledger.ledger.api.event").stream()
                .map(b -> b.getBeanClassName().substring(b.getBeanClassName().lastIndexOf('.') + 1)
                        .replaceFirst("Event$", ""))
                .toList();
        assertThat(types).contains("ExpenditureRecorded", "ProcurementContractRecorded", "CodeRegistered");
        assertThat(values(complete("events --type "))).containsExactlyInAnyOrderElementsOf(types);
    }
}
