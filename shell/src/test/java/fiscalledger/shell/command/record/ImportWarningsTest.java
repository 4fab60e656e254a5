package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.WarningSubject;
import fiscalledger.shell.FakeLedgerServices;
import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What `import` shows of its warnings and problems at a terminal: a budget-less import of 20,000 lines is a few
 * grouped lines with counts and amounts, every warning is one option away, and every problem of a rejected file is
 * listed.
 */
class ImportWarningsTest {

    private static final String NO_LINE = "一般公共预算/2010301/基本支出-公用经费/30201";
    private static final String OVER_LINE = "一般公共预算/2010302/项目支出/空白证照购置印刷/30202";

    @TempDir
    Path data;

    private final FakeLedgerServices services = new FakeLedgerServices();

    @BeforeEach
    void journal() throws IOException {
        Files.writeString(data.resolve("big.csv"), "the fake importer does not read it\n");
        Files.writeString(data.resolve("bad.csv"), "the fake importer does not read it\n");
        // 19,990 lines spending 10.00 元 each on a line with no budget, then 10 that push a budgeted line further
        // and further beyond its 全年预算 (each warning carries the running excess)
        for (int line = 2; line < 19_992; line++) {
            services.importWarnings.add(new EntryProblem("big.csv", line, "V" + line, "budget",
                    "no budget line for " + NO_LINE + " (nor without its economic code): this spending has no 全年预算",
                    new WarningSubject(WarningSubject.Kind.NO_BUDGET_LINE, "229001/2024", NO_LINE, Fen.of(1_000),
                            Fen.of(1_000))));
        }
        for (int i = 1; i <= 10; i++) {
            int line = 19_991 + i;
            services.importWarnings.add(new EntryProblem("big.csv", line, "V" + line, "amount",
                    "spending brings budget line " + OVER_LINE + " beyond its 全年预算 by " + Fen.of(5_000L * i),
                    new WarningSubject(WarningSubject.Kind.OVERSPEND, "229001/2024", OVER_LINE, Fen.of(5_000),
                            Fen.of(5_000L * i))));
        }
    }

    private String session(String typed) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            new LedgerShell(CommandRegistry.standard(), services, new ShellSettings(data, data, false))
                    .runInteractive(terminal);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBudgetlessImportShowsItsWarningsGroupedWithCountsAmountsAndFirstExamplesNotEachOne() throws IOException {
        String screen = session("import big.csv\nexit\n");
        assertThat(screen).contains("imported big.csv: 3 lines, 2 events recorded",
                "warnings: 20,000 warnings in 2 groups (every one: --warnings all, or --warnings FILE.csv",
                "spending beyond 全年预算 · 229001/2024 · " + OVER_LINE
                        + ": 10 entries, the line now stands 500.00 元 beyond its 全年预算",
                "fiscal spending with no budget line · 229001/2024 · " + NO_LINE
                        + ": 19,990 entries, 199,900.00 元 spent without a 全年预算",
                "big.csv:2: voucher V2: budget: no budget line", "big.csv:4: voucher V4",
                "… 19,987 more warnings like these", "big.csv:19992: voucher V19992: amount:");
        assertThat(screen).doesNotContain("big.csv:5:").doesNotContain("big.csv:19000:");
        assertThat(screen.lines().count()).isLessThan(20);
    }

    @Test
    void largeCountsInTheSummaryAreGroupedByThousands() throws IOException {
        services.importedLines = 20_001;
        assertThat(session("import big.csv\nexit\n")).contains("imported big.csv: 20,001 lines, 2 events recorded");
    }

    @Test
    void oneLineAndOneEventAreSaidInTheSingular() throws IOException {
        services.importedLines = 1;
        services.importedEvents = 1;
        services.importProblems.clear();
        services.importProblems.add("bad.csv:2: amount: '12x' is not an amount in yuan (e.g. 1234.56)");

        assertThat(session("import big.csv\nexit\n")).contains("imported big.csv: 1 line, 1 event recorded");
        assertThat(session("import bad.csv\nexit\n")).contains("bad.csv: 1 line read, rejected; nothing was recorded");
    }

    @Test
    void warningsAllListsEveryWarningWithItsLine() throws IOException {
        String screen = session("import big.csv --warnings all\nexit\n");
        assertThat(screen).contains("warnings (20,000):", "big.csv:5: voucher V5", "big.csv:19000: voucher V19000",
                "big.csv:20001: voucher V20001");
        assertThat(screen.lines().filter(l -> l.startsWith("  big.csv:")).count()).isEqualTo(20_000);
    }

    @Test
    void warningsToACsvFileWritesEveryWarningWithItsLedgerBudgetLineAndAmounts() throws IOException {
        String screen = session("import big.csv --warnings out/warnings.csv\nexit\n");
        Path csv = data.resolve("out/warnings.csv");
        assertThat(screen).contains("20,000 warnings in 2 groups", "wrote 20,000 warnings to " + csv)
                .doesNotContain("--warnings all");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(20_001);
        assertThat(lines.get(0)).isEqualTo(
                "file,line,voucher,ledger,kind,subject,field,amount_yuan,beyond_budget_yuan,message");
        assertThat(lines.get(1)).startsWith("big.csv,2,V2,229001/2024,fiscal spending with no budget line," + NO_LINE
                + ",budget,10.00,10.00,");
        assertThat(lines.get(20_000)).startsWith("big.csv,20001,V20001,229001/2024,spending beyond 全年预算,"
                + OVER_LINE + ",amount,50.00,500.00,");
    }

    @Test
    void anUnknownWarningsChoiceIsRefusedBeforeAnythingIsImported() throws IOException {
        String screen = session("import big.csv --warnings some\nexit\n");
        assertThat(screen).contains("error: --warnings takes summary, all or a file name ending in .csv, not 'some'");
        assertThat(services.imports).isZero();
    }

    @Test
    void aRejectedFileListsEveryProblemByLineAndField() throws IOException {
        services.importProblems.clear();
        for (int line = 2; line <= 501; line++) {
            services.importProblems.add("bad.csv:" + line + ": amount: '12x' is not an amount in yuan (e.g. 1234.56)");
        }
        String screen = session("import bad.csv\nexit\n");
        assertThat(screen).contains("bad.csv: 3 lines read, rejected; nothing was recorded", "problems (500):",
                "error: bad.csv rejected with 500 problems; nothing was recorded. First: bad.csv:2: amount:");
        assertThat(screen.lines().filter(l -> l.startsWith("  bad.csv:")).count()).isEqualTo(500);
    }

    @Test
    void aRejectedFileLeavesNoEmptyWarningsFileBehind() throws IOException {
        String screen = session("import bad.csv --warnings warnings.csv\nexit\n");
        assertThat(screen).contains("error: bad.csv rejected with 1 problem");
        assertThat(data.resolve("warnings.csv")).doesNotExist();
    }

    @Test
    void aWarningsFileThatCannotBeWrittenStopsTheImportBeforeItStarts() throws IOException {
        Files.writeString(data.resolve("not-a-directory"), "a file");
        String screen = session("import big.csv --warnings not-a-directory/warnings.csv\nexit\n");
        assertThat(screen).contains("error: cannot write the warnings to " + data.resolve("not-a-directory/warnings.csv"),
                "nothing was imported");
        assertThat(services.imports).isZero();
    }
}
