package fiscalledger.shell;

import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.IdentityResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** -e commands and scripts on standard input: no prompt, one stderr line per failure, the exit code tells. */
class ScriptModeTest {

    @TempDir
    Path data;

    private final FakeLedgerServices services = new FakeLedgerServices();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private LedgerShell shell() {
        return new LedgerShell(CommandRegistry.standard(), services, new ShellSettings(data, data, false));
    }

    private int commands(String... commands) {
        return shell().runCommands(List.of(commands), new PrintWriter(out), new PrintWriter(err));
    }

    private int script(String script) {
        return shell().runScript(new BufferedReader(new StringReader(script)), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void commandsRunInOrderAndExitZeroWhenAllSucceed() {
        assertThat(commands("units", "show 01 --format csv")).isZero();
        assertThat(out.toString()).startsWith("229001").contains("行次/科目代码,项目/科目名称,金额\n1,一、一般公共预算财政拨款收入,42683.67\n");
        assertThat(out.toString()).doesNotContain(LedgerShell.PROMPT).doesNotContain("\u001b[");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailedCommandGivesOneLineOnStderrAndExitCodeOneWhileTheOthersStillRun() {
        assertThat(commands("show 11", "units")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "error: show 11: table '11' is unknown; tables are 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, perf, notes, balances");
        assertThat(out.toString()).contains("229001");
    }

    @Test
    void aMissingRequiredOptionFailsInAScriptInsteadOfPrompting() {
        assertThat(commands("expense --voucher V1 --date 2024-01-02 --fund 一般公共预算")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: expense --voucher V1").contains("missing --function, --economic, --kind, --amount");
        assertThat(services.recorded).isEmpty();
    }

    @Test
    void aProcurementContractIsRecordedWithItsCategoryAmountAndSmeParts() {
        assertThat(commands("contract --voucher 合同-1 --date 2024-12-19 --procurement 服务 --amount 694500.00 "
                + "--sme-amount 694500 --small-micro-amount 694500 --project 行政运行及业务工作经费 --supplier 某数据公司 "
                + "--memo 数据治理服务合同")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(services.recorded).containsExactly(new fiscalledger.ledger.api.command.RecordProcurementContractCommand(
                new fiscalledger.ledger.api.UnitCode("229001"), new fiscalledger.ledger.api.FiscalYear(2024), "合同-1",
                java.time.LocalDate.of(2024, 12, 19), "数据治理服务合同", "行政运行及业务工作经费",
                fiscalledger.ledger.api.ProcurementCategory.SERVICES, fiscalledger.ledger.api.Fen.parseYuan("694500"),
                fiscalledger.ledger.api.Fen.parseYuan("694500"), fiscalledger.ledger.api.Fen.parseYuan("694500"), "某数据公司"));
    }

    @Test
    void scriptLinesAreNumberedInErrorsAndCommentsAndBlankLinesAreSkipped() {
        assertThat(script("# a report\n\nunits\nbogus\n")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: line 4: bogus: unknown command 'bogus'; type `help` for the list");
    }

    @Test
    void exitEndsAScript() {
        assertThat(script("units\nexit\nbogus\n")).isZero();
    }

    @Test
    void aFailingIdentityMakesCheckFailAfterListingEveryIdentity() {
        services.identities.add(new IdentityResult("04 一般公共预算 年初+收入-支出=年末", false, "283.11 + 42683.67 - 42238.46 ≠ 728.31"));
        assertThat(commands("check")).isEqualTo(1);
        assertThat(out.toString()).contains("PASS  01 收入合计+结余 = 总计", "FAIL  04 一般公共预算");
        assertThat(err.toString()).contains("1 of 2 identities do not hold for 229001/2024");
    }

    @Test
    void checkSucceedsWhenEveryIdentityHolds() {
        assertThat(commands("check --unit 229001 --year 2024")).isZero();
        assertThat(out.toString()).contains("all 1 identities hold for 229001/2024");
    }

    @Test
    void aRejectedImportListsProblemsByLineAndFails() throws Exception {
        Files.writeString(data.resolve("bad.csv"), "x");
        assertThat(commands("import bad.csv")).isEqualTo(1);
        assertThat(out.toString()).contains("bad.csv:2: amount: '12x' is not an amount in yuan");
        assertThat(err.toString()).contains("bad.csv rejected with 1 problem; nothing was recorded");
    }

    @Test
    void importOfAMissingFileNamesTheFile() {
        assertThat(commands("import nowhere.csv")).isEqualTo(1);
        assertThat(err.toString()).contains("no such file: " + data.resolve("nowhere.csv"));
    }

    @Test
    void sqlPassesTheQueryOnAsTypedWithQuotesAndPrintsCsv() {
        assertThat(commands("sql --format csv SELECT unit FROM postings WHERE unit = '229001';")).isZero();
        assertThat(out.toString()).isEqualTo("UNIT,TOTAL\n229001,42683.67\n");
    }

    @Test
    void sqlWritesItsResultToAFileWithOutAndKeepsTheQueryIntact() throws Exception {
        assertThat(commands("sql --format csv --out \"exports/by unit.csv\" SELECT unit FROM postings WHERE memo = '--out x'",
                "sql --out q.md --format md SELECT 1")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(data.resolve("exports/by unit.csv"))).isEqualTo("UNIT,TOTAL\n229001,42683.67\n");
        assertThat(Files.readString(data.resolve("q.md"))).startsWith("| UNIT");
        assertThat(out.toString()).contains("wrote 1 row to " + data.resolve("exports/by unit.csv"),
                "wrote 1 row to " + data.resolve("q.md"));
        assertThat(services.queries).containsExactly("SELECT unit FROM postings WHERE memo = '--out x'", "SELECT 1");
    }

    @Test
    void anExportFailingMidwayLeavesNoFileAndAnEarlierFileAsItWas() throws Exception {
        services.rowsBeforeFailure = 3;
        services.exportFailure = new IllegalStateException("SQL error: Division by zero");
        Files.writeString(data.resolve("earlier.csv"), "an earlier export\n");
        for (String format : List.of("csv", "json", "text", "md")) {
            assertThat(commands("sql --format " + format + " --out new." + format + " SELECT 1 / x FROM t",
                    "sql --format " + format + " --out earlier.csv SELECT 1 / x FROM t")).as(format).isEqualTo(1);
            assertThat(data.resolve("new." + format)).as(format).doesNotExist();
        }
        assertThat(err.toString().lines()).hasSize(8).allMatch(l -> l.endsWith(": SQL error: Division by zero"));
        assertThat(Files.readString(data.resolve("earlier.csv"))).isEqualTo("an earlier export\n");
        try (var files = Files.list(data)) {
            // neither the partial file nor the spool of the aligned formats is left beside it
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("earlier.csv");
        }
        assertThat(out.toString()).doesNotContain("wrote");
    }

    @Test
    void openYearTakesItsYearFromTheDateAndAcceptsTheJournalsUnitNameOption() {
        assertThat(commands("open-year --unit 229002 --voucher 开-2025 --date 2025-01-02 --unit-name 测试事务中心"
                + " --unit-type 事业单位 --carry-forward")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("recorded open-year voucher 开-2025 in 229002/2025");
        var opened = (fiscalledger.ledger.api.command.OpenYearCommand) services.recorded.get(0);
        assertThat(opened.year().value()).isEqualTo(2025);
        assertThat(opened.unitName()).isEqualTo("测试事务中心");
        assertThat(opened.carryForward()).isTrue();
    }

    @Test
    void aRefusedSqlWriteIsOneErrorLine() {
        assertThat(commands("sql DELETE FROM postings")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: sql DELETE FROM postings: The database is read only");
    }

    @Test
    void withSeveralUnitYearsShowAsksOnlyForWhatIsMissingListingTheChoicesUnlessTheYearSettlesIt() {
        services.ledgers.add(new fiscalledger.shell.service.LedgerSummary(
                fiscalledger.ledger.api.LedgerKey.parse("229001/2025"), FakeLedgerServices.UNIT_NAME, false));
        // one unit, two years: the year is what is missing
        assertThat(commands("show 01")).isEqualTo(1);
        assertThat(err.toString()).contains("unit 229001 has 2 years in the store (2024, 2025); choose one with --year")
                .doesNotContain("--unit and --year");
        assertThat(commands("show 01 --unit 229001")).isEqualTo(1);
        assertThat(commands("show 01 --year 2025")).isZero();
        // a second unit in 2025: both vary, so both are asked for; within 2025, only the unit
        services.ledgers.add(new fiscalledger.shell.service.LedgerSummary(
                fiscalledger.ledger.api.LedgerKey.parse("229002/2025"), "另一单位", false));
        err.getBuffer().setLength(0);
        assertThat(commands("show 01")).isEqualTo(1);
        assertThat(err.toString()).contains("the store holds 3 unit-years (229001/2024, 229001/2025, 229002/2025);"
                + " choose one with --unit and --year");
        err.getBuffer().setLength(0);
        assertThat(commands("show 01 --year 2025")).isEqualTo(1);
        assertThat(err.toString()).contains("2 units have year 2025 in the store (229001, 229002); choose one with --unit");
    }

    @Test
    void showWritesTheTableToAFileWithOut() throws Exception {
        assertThat(commands("show 1 --format csv --out reports/01.csv")).isZero();
        assertThat(Files.readString(data.resolve("reports/01.csv"))).startsWith("行次/科目代码,项目/科目名称,金额\n");
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        assertThat(commands("help", "help show")).isZero();
        assertThat(out.toString()).contains("show", "check", "sql", "import", "load-sample", "expense", "register-code",
                "usage: show TABLE [--unit U] [--year Y] [--format text|csv|json|md] [--yuan] [--out FILE]");
    }

    @Test
    void anUnknownOptionNamesTheOptionsTheCommandTakes() {
        assertThat(commands("show 01 --colour red")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown option --colour; show takes --unit, --year, --format, --yuan, --out");
    }

    @Test
    void aQueryMayHoldWordsThatLookLikeOptions() {
        assertThat(commands("sql --format csv SELECT unit FROM postings WHERE memo = '--x' OR memo LIKE '--%'")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo("UNIT,TOTAL\n229001,42683.67\n");
    }

    @Test
    void sqlWithoutAQueryInAScriptSaysWhereTheQueryGoes() {
        assertThat(commands("sql --format csv")).isEqualTo(1);
        assertThat(err.toString()).contains("missing QUERY; usage: sql [--format text|csv|json|md] [--out FILE] QUERY");
    }

    @Test
    void everyCommandsUsageShowsExactlyTheOptionsItAccepts() {
        for (var command : CommandRegistry.standard().all()) {
            String usage = command.usage();
            java.util.Set<String> shown = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("--([a-z][a-z-]*)").matcher(usage);
            while (m.find()) {
                shown.add(m.group(1));
            }
            java.util.Set<String> accepted = new java.util.TreeSet<>();
            command.options().forEach(o -> accepted.add(o.name()));
            assertThat(shown).as(usage).isEqualTo(accepted);
            command.positionals().forEach(p -> assertThat(usage).as(command.name()).contains(p.name()));
            assertThat(usage).startsWith(command.name());
        }
        assertThat(commands("help sql")).isZero();
        assertThat(out.toString()).contains("usage: sql [--format text|csv|json|md] [--out FILE] QUERY");
    }

    @Test
    void aRecordingCommandTakesItsYearFromTheBusinessDateWhenTheUnitHasSeveral() {
        services.ledgers.add(new fiscalledger.shell.service.LedgerSummary(
                fiscalledger.ledger.api.LedgerKey.parse("229001/2025"), FakeLedgerServices.UNIT_NAME, false));
        assertThat(commands("expense --voucher V1 --date 2025-03-01 --fund 一般公共预算 --function 2010301"
                + " --economic 30201 --kind 公用经费 --amount 10")).isZero();
        assertThat(out.toString()).contains("recorded expense voucher V1 in 229001/2025");
        var recorded = (fiscalledger.ledger.api.command.RecordExpenditureCommand) services.recorded.get(0);
        assertThat(recorded.year().value()).isEqualTo(2025);
        assertThat(commands("expense --voucher V2 --date 2026-03-01 --fund 一般公共预算 --function 2010301"
                + " --economic 30201 --kind 公用经费 --amount 10")).isEqualTo(1);
        assertThat(err.toString()).contains("no ledger for year 2026; the store holds 229001/2024, 229001/2025");
    }
}
