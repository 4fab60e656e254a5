package fiscalledger.shell.command.audit;

import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.testing.SampleLedger;
import fiscalledger.shell.testing.ScriptRun;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit commands end to end: the shell on the real ledger (Spring, Axon, H2 in a temporary directory) with the
 * sample year loaded, run as a script (-e) and interactively over a terminal built on streams.
 */
class AuditCommandsTest {

    @TempDir
    static Path data;

    static SampleLedger ledger;
    static LedgerServices services;
    static ConfigurableApplicationContext context;

    @BeforeAll
    static void startWithTheSampleYear() {
        ledger = SampleLedger.start(data, "auditor");
        services = ledger.services;
        context = ledger.context;
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    private static ScriptRun run(String... commands) {
        return ledger.run(commands);
    }

    private static String screen(String typed) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new org.jline.terminal.Size(120, 40));
            new LedgerShell(CommandRegistry.standard(), services, new ShellSettings(data, data, false))
                    .runInteractive(terminal);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unitsYearsAndTheDefaultUnitYearAreThoseOfTheLedgersReadModel() {
        // what the shell resolves a unit-year from: the sample year, named and closed (load-sample closes it)
        assertThat(run("units").ok().out.lines()).containsExactly("229001  山西省行政审批服务管理局  2024 (closed)");
        assertThat(run("years").ok().out.lines()).containsExactly("2024  229001  山西省行政审批服务管理局  (closed)");
        assertThat(run("years --unit 229001").ok().out).isEqualTo(run("years").ok().out);
        assertThat(run("show 01 --format csv").ok().out).isEqualTo(run("show 01 --unit 229001 --year 2024 --format csv").ok().out);
        assertThat(run("years --unit 100001").err).contains("unit 100001 has no year in the store");
    }

    @Test
    void traceListsThePostingsOfACellAndShowsTheyAddUpToIt() {
        String out = run("trace 01 32").ok().out;
        assertThat(out).contains("table 01 收入支出决算总表, row 32 一、一般公共服务支出, column 金额, 229001/2024");
        assertThat(out).contains("= 42034.76 万元; the cell prints 42034.76 万元: they add up");
        assertThat(out).contains("seq", "凭证号", "业务日期", "摘要", "记录人", "auditor");
    }

    @Test
    void traceAsCsvHasOneLinePerPostingAndNothingElse() {
        String out = run("trace 01 8 --format csv").ok().out;
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("seq,凭证号,业务日期,摘要,金额(元)");
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.subList(1, 5)).allMatch(l -> l.contains("其他收入"));
    }

    @Test
    void aCellOfMorePostingsThanAPageIsBrokenDownAndListsItsFirstPostings() {
        String out = run("trace 01 32 --limit 3").ok().out;
        assertThat(out).contains("by child row:", "20103", "by fund:", "一般公共预算财政拨款", "by month of business date:",
                "2024-03", "postings, the first 3 of ");
        assertThat(out).containsPattern("… [\\d,]+ more postings: use --all, --limit N or --format csv");
        assertThat(out).contains("= 42034.76 万元; the cell prints 42034.76 万元: they add up");
        long count = Long.parseLong(out.lines().filter(l -> l.endsWith("they add up")).findFirst().orElseThrow()
                .split(" ")[0]);
        // the whole cell as CSV: the header and one line per posting the proof counted, nothing else
        List<String> csv = run("trace 01 32 --format csv").ok().out.lines().toList();
        assertThat(csv).hasSize(1 + (int) count);
        // the same export into a file, as typed in the shell (where `> file` would be taken for a column)
        String wrote = run("trace 01 32 --format csv --out exports/32.csv").ok().out;
        assertThat(wrote.lines()).containsExactly("created folder " + data.resolve("exports"),
                String.format("wrote the trace to %s (%,d lines)", data.resolve("exports/32.csv"), 1 + count));
        try {
            assertThat(java.nio.file.Files.readAllLines(data.resolve("exports/32.csv"))).isEqualTo(csv);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(run("trace 01 32 --out exports/32.txt").ok().out).contains("wrote the trace to");
        assertThat(run("trace 01 999 --out exports/999.csv").err).contains("no row '999'");
        assertThat(data.resolve("exports/999.csv")).doesNotExist();
        // a failed trace into the file of an earlier one leaves that file as it was, and nothing beside it
        assertThat(run("trace 01 999 --format csv --out exports/32.csv").err).contains("no row '999'");
        try {
            assertThat(java.nio.file.Files.readAllLines(data.resolve("exports/32.csv"))).isEqualTo(csv);
            try (var left = java.nio.file.Files.list(data.resolve("exports"))) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("32.csv", "32.txt");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(run("trace 01 32 --all").ok().out).doesNotContain("more postings").contains("seq");
        assertThat(run("trace 01 32 --limit x").err).contains("--limit: 'x' is not a whole number");
    }

    @Test
    void tables06And09And10TraceToTheirPostingsAndTheAssetFacts() {
        assertThat(run("trace 06 公用经费合计").ok().out).contains("公用经费合计", "they add up");
        assertThat(run("trace 06 30201").ok().out).contains("30201", "they add up");
        assertThat(run("trace 09 合计 决算数").ok().out).contains("they add up");
        assertThat(run("trace 10 5").ok().out).contains("基本支出-公用经费", "they add up");
        String vehicles = run("trace 10 7").ok().out;
        assertThat(vehicles).contains("车辆数合计", "in force", "of the asset facts in force", "they add up");
        assertThat(run("trace 10 7 --format csv").ok().out.lines().findFirst().orElseThrow())
                .isEqualTo("seq,凭证号,业务日期,项目,数量,状态");
    }

    @Test
    void traceByChildBreaksACategoryRowDownByItsChildren() {
        String out = run("trace 03 201 本年支出合计 --by-child").ok().out;
        assertThat(out).contains("20103", "政府办公厅（室）及相关机构事务", "42016.76", "20132", "18.00");
        assertThat(out).contains("the cell prints 42034.76 万元: they add up");
    }

    @Test
    void balancesPrintsFundNamesAndCatalogNamesAndTraceTakesThePrintedKeyAndTheOldOne() {
        List<String> csv = run("show balances --format csv").ok().out.lines().toList();
        assertThat(csv).first().asString()
                .startsWith("行次/科目代码,项目/科目名称,年初结转和结余,本年收入,本年支出,使用非财政拨款结余,结余分配,年末结转和结余");
        assertThat(csv).anyMatch(l -> l.startsWith("一般公共预算财政拨款,小计,"))
                .anyMatch(l -> l.startsWith("一般公共预算财政拨款/2010301,行政运行,"))
                .anyMatch(l -> l.startsWith("合计,合计,"))
                .noneMatch(l -> l.contains("GENERAL_BUDGET"));

        String printed = run("trace balances 一般公共预算财政拨款/2010301 年末结转和结余").ok().out;
        String old = run("trace balances GENERAL_BUDGET/2010301 年末结转和结余").ok().out;
        String proof = printed.lines().filter(l -> l.contains("they add up")).findFirst().orElseThrow();
        assertThat(old).contains(proof, "row 一般公共预算财政拨款/2010301 行政运行");
        assertThat(run("trace balances GENERAL_BUDGET 本年支出").ok().out).contains("row 一般公共预算财政拨款 小计",
                "they add up");
    }

    @Test
    void traceOfAnUnknownRowOrATextCellIsOneClearError() {
        ScriptRun run = run("trace 01 99");
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("table 01 has no row '99'");
        assertThat(run("trace perf 空白证照购置印刷 评价等级").err).contains("not an amount of money");
    }

    @Test
    void asOfShowsATableAsItStoodAtADateWithoutChangingTheLiveOne() {
        String live = run("show 01 --format csv").ok().out;
        String june = run("as-of 2024-06-30 show 01 --format csv").ok().out;
        assertThat(june).isNotEqualTo(live);
        assertThat(run("as-of 2024-06-30 show 01").ok().out).contains("as of 2024-06-30");
        assertThat(run("show 01 --format csv").ok().out).isEqualTo(live);
        assertThat(run("as-of 2024-12-31 show 01 --format csv").ok().out).isEqualTo(live);
    }

    @Test
    void asOfAnEventSequenceBeforeAndAfterAReversal() {
        String csv = run("events --type reversed --format csv --limit 1").ok().out;
        long seq = Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().split(",")[0]);
        String before = run("as-of #" + (seq - 1) + " show 03 --format csv").ok().out;
        String after = run("as-of #" + seq + " show 03 --format csv").ok().out;
        assertThat(before).isNotEqualTo(after);
        assertThat(run("as-of #" + seq + " check").ok().out).contains("identities hold for 229001/2024");
    }

    @Test
    void asOfSqlSeesOnlyThePostingsWithinTheCutOff() {
        String asOf = run("as-of 2024-06-30 sql --format csv SELECT COUNT(*) AS n FROM postings").ok().out;
        String filtered = run("sql --format csv SELECT COUNT(*) AS n FROM postings "
                + "WHERE business_date <= DATE '2024-06-30'").ok().out;
        String all = run("sql --format csv SELECT COUNT(*) AS n FROM postings").ok().out;
        assertThat(asOf).isEqualTo(filtered).isNotEqualTo(all);
        assertThat(run("as-of 2024-06-30 sql --format csv SELECT closed_on FROM ledgers").ok().out.lines())
                .containsExactly("closed_on", "");
    }

    @Test
    void asOfRefusesToRecordAndTellsWhatItRuns() {
        ScriptRun record = run("as-of 2024-06-30 expense --voucher X --date 2024-06-01");
        assertThat(record.code).isEqualTo(1);
        assertThat(record.err).contains("as-of runs show, check, trace, history or sql, not 'expense'");
        assertThat(run("as-of yesterday show 01").err).contains("'yesterday' is neither a date");
        assertThat(run("as-of 2024-06-30").err).contains("missing COMMAND; usage: as-of CUTOFF COMMAND");
    }

    @Test
    void historyOfAVoucherShowsItsRecordingAndReversal() {
        String csv = run("events --type reversed --format csv --limit 1").ok().out;
        String summary = csv.lines().skip(1).findFirst().orElseThrow();
        String reversed = summary.substring(summary.indexOf("冲销 ") + 3).split("\\s")[0];
        String out = run("history voucher " + reversed).ok().out;
        assertThat(out).contains("recorded (ExpenditureRecorded)", "reversed by voucher", "auditor");
        String before = run("as-of 2024-03-04 history voucher " + reversed).ok().out;
        assertThat(before).contains("recorded (ExpenditureRecorded)").doesNotContain("reversed by voucher");
    }

    @Test
    void historyOfAProjectRunsFromItsInitialBudgetToItsBalance() {
        String out = run("history project 省优化营商环境促进市场主体倍增工作专班运行经费").ok().out;
        assertThat(out).contains("年初预算", "调剂", "spending 2024-", "结余", "执行率");
        assertThat(out).contains("1500000.00");
    }

    @Test
    void historyOfACellGivesItsValueAtTheEndOfEachMonth() {
        String out = run("history cell 01 58 --format csv").ok().out;
        assertThat(out.lines().filter(l -> l.contains(",2024-")).count()).isGreaterThanOrEqualTo(10);
        assertThat(out.lines().reduce((a, b) -> b).orElseThrow()).contains("422401").contains("2024-12");
    }

    @Test
    void eventsFiltersByTypeDateAndLimit() {
        String out = run("events --type ExpenditureRecorded --from 2024-03-01 --to 2024-03-31 --limit 5").ok().out;
        assertThat(out).contains("ExpenditureRecorded", "auditor", "(5 events; more may follow");
        assertThat(out).doesNotContain("AppropriationReceived");
        assertThat(run("events --from 2024-04-01 --to 2024-03-01").err).contains("--from 2024-04-01 is after --to");
        assertThat(run("events --limit zero").err).contains("--limit: 'zero' is not a whole number");
    }

    @Test
    void statusShowsEachProcessorsPositionAndLag() {
        String out = run("replay", "status").ok().out;
        assertThat(out).contains("ledger-projections", "position", "lag", "up to date (head of the event store #");
        assertThat(out).contains("fiscal-ledger-code-catalog: subscribing");
    }

    @Test
    void replayRebuildsTheReadModelsToTheSameTablesWithAProgressLineAtTheTerminal() throws IOException {
        String before = run("show 01 --format csv", "show perf --format csv").ok().out;
        String script = run("replay").ok().out;
        assertThat(script).containsPattern("replayed [\\d,]+ events in .* events/s\\); the read models are up to date");
        String screen = screen("replay\nexit\n");
        assertThat(screen).contains("replay [").contains("events").contains("/s");
        assertThat(run("show 01 --format csv", "show perf --format csv").ok().out).isEqualTo(before);
    }

    @Test
    void replaysTimeAndRateLeaveOutTheLedgersStartUp() {
        // the shell starts the ledger on the first command that needs it (LazyLedgerServices); here that start takes
        // two seconds, the rebuild of the sample year a fraction of one: the reported time is the rebuild's alone
        LedgerServices starting = (LedgerServices) java.lang.reflect.Proxy.newProxyInstance(
                LedgerServices.class.getClassLoader(), new Class<?>[] {LedgerServices.class}, (proxy, method, args) -> {
                    if (method.getName().equals("audit")) {
                        Thread.sleep(2_000);
                    }
                    try {
                        return method.invoke(services, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        String out = new ScriptRun(starting, data, "replay").ok().out;
        java.util.regex.Matcher took =
                java.util.regex.Pattern.compile("replayed [\\d,]+ events in ([\\d.]+) s").matcher(out);
        assertThat(took.find()).as(out).isTrue();
        assertThat(Double.parseDouble(took.group(1))).as(out).isLessThan(2.0);
    }

    @Test
    void checkNamesPostingsDeletedByHandAndReplayRepairsThem() {
        org.springframework.jdbc.core.JdbcTemplate jdbc =
                context.getBean("projectionsJdbcTemplate", org.springframework.jdbc.core.JdbcTemplate.class);
        String everyPosting = "SELECT * FROM postings ORDER BY seq, line_no";
        List<Map<String, Object>> before = jdbc.queryForList(everyPosting);
        String voucher = jdbc.queryForObject("SELECT MIN(voucher) FROM postings WHERE movement = 'expenditure'",
                String.class);
        // check compares only the events the processor's stored tokens have passed; wait until they cover the
        // year, so that the damage below is within what check must see
        fiscalledger.projections.check.ProjectionReach reach = new fiscalledger.projections.check.ProjectionReach(
                jdbc, context.getBean(org.axonframework.serialization.Serializer.class));
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> reach.reach().upTo() >= head);
        assertThat(jdbc.update("DELETE FROM postings WHERE voucher = ?", voucher)).isPositive();

        ScriptRun damaged = run("check");
        assertThat(damaged.code).isNotZero();
        assertThat(damaged.out).containsPattern("FAIL  读模型 = 事件存储: postings 229001/2024: \\d+ event\\(s\\) have no rows "
                + "\\(first event sequence \\d+\\); rebuild the read models with `replay`");
        assertThat(damaged.err).contains("first: 读模型 = 事件存储");

        assertThat(run("replay", "check").ok().out).contains("PASS  读模型 = 事件存储");
        assertThat(jdbc.queryForList(everyPosting)).isEqualTo(before);
    }

    @Test
    void eventsOfAnUnknownTypeIsAnErrorNamingTheTypesNotAnEmptyList() {
        ScriptRun unknown = run("events --type nonsense");
        assertThat(unknown.code).isEqualTo(1);
        assertThat(unknown.out).doesNotContain("(0 events)");
        assertThat(unknown.err).contains("event type 'nonsense' is unknown; types are YearOpened, InitialBudgetApproved,",
                "EntryReversed", "CodeRegistered");
        // a part of a type is still enough, in any case
        assertThat(run("events --type reversed").ok().out).contains("EntryReversed");
        assertThat(run("events --type EXPENDITURE --limit 1").ok().out).contains("ExpenditureRecorded");
    }

    @Test
    void asOfASequenceBeyondTheLastEventIsRefusedWithWhereTheStoreEnds() {
        org.springframework.jdbc.core.JdbcTemplate jdbc =
                context.getBean("projectionsJdbcTemplate", org.springframework.jdbc.core.JdbcTemplate.class);
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        ScriptRun beyond = run("as-of #" + (head + 1) + " show 01");
        assertThat(beyond.code).isEqualTo(1);
        assertThat(beyond.out).isEmpty();
        assertThat(beyond.err).contains("as-of #" + (head + 1) + ": the store ends at event #" + head + ";");
        assertThat(run("as-of #99999999 check").err).contains("the store ends at event #" + head);
        // the last event itself is a cut-off like any other: the ledger as it stands
        assertThat(run("as-of #" + head + " show 01 --format csv").ok().out).isEqualTo(run("show 01 --format csv").ok().out);
    }

    @Test
    void traceAndEventsRefuseALimitBelowOneAlike() {
        ScriptRun trace = run("trace 01 32 --limit 0");
        ScriptRun events = run("events --limit 0");
        assertThat(trace.code).isEqualTo(1);
        assertThat(trace.err).contains("--limit must be at least 1, not 0");
        assertThat(events.err).contains("--limit must be at least 1, not 0");
    }

    @Test
    void aContractCellIsBrokenDownByMonthOfSigningAndPrintsNoEmptyFundTable() {
        String out = run("trace 10 1 --limit 2").ok().out;
        assertThat(out).doesNotContain("by fund:").doesNotContain("by month of business date:")
                .contains("by month of signing:", "政府采购合同", "they add up");
        // the months hold every contract of the cell
        long count = Long.parseLong(out.lines().filter(l -> l.endsWith("they add up")).findFirst().orElseThrow()
                .split(" ")[0]);
        List<String> lines = out.lines().toList();
        int from = lines.indexOf("by month of signing:") + 3;
        long inMonths = lines.subList(from, lines.size()).stream().takeWhile(l -> l.matches("\\d{4}-\\d{2} .*"))
                .mapToLong(l -> Long.parseLong(l.strip().replaceAll(".*\\s", ""))).sum();
        assertThat(count).isGreaterThan(2);
        assertThat(inMonths).isEqualTo(count);
    }

    @Test
    void theProofSaysACellTheTablePrintsEmptyIsEmpty() {
        List<String> csv = run("show 03 --format csv").ok().out.lines().toList();
        List<String> header = List.of(csv.get(0).split(",", -1));
        String row = csv.stream().filter(l -> l.startsWith("2010301,")).findFirst().orElseThrow();
        assertThat(row.split(",", -1)[header.indexOf("项目支出")]).isEmpty();
        String out = run("trace 03 2010301 项目支出").ok().out;
        assertThat(out).contains("the cell prints empty: they add up").doesNotContain("the cell prints 0.00");
        assertThat(run("trace 03 2010301 基本支出").ok().out).containsPattern("the cell prints [\\d.]+ 万元: they add up");
    }

    @Test
    void aRowOf01IsNamedWithOrWithoutItsPrintedNumeralAsTheExpectedCsvNamesIt() {
        String byNumber = run("trace 01 32").ok().out;
        assertThat(run("trace 01 一、一般公共服务支出").ok().out).isEqualTo(byNumber);
        assertThat(run("trace 01 一般公共服务支出").ok().out).isEqualTo(byNumber);
    }

    @Test
    void auditJsonGivesSequencesAndAmountsAsNumbersAsSqlDoes() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var events = json.readTree(run("events --type reversed --format json --limit 2").ok().out);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("seq").isIntegralNumber()).isTrue();
        assertThat(events.get(0).get("type").isTextual()).isTrue();
        var postings = json.readTree(run("trace 01 58 --format json").ok().out);
        assertThat(postings).hasSize(446);
        assertThat(postings.get(0).get("seq").isIntegralNumber()).isTrue();
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (var p : postings) {
            assertThat(p.get("金额(元)").isNumber()).isTrue();
            sum = sum.add(p.get("金额(元)").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("422401034.99");
    }

    @Test
    void theProofOfAPerformanceCellSaysWhatShowPrints() {
        String shown = run("show perf").ok().out;
        assertThat(shown).containsPattern("空白证照购置印刷.*\\b670\\b");
        String out = run("trace perf 空白证照购置印刷 全年预算数").ok().out;
        assertThat(out).contains("the cell prints 670 万元: they add up").doesNotContain("the cell prints 670.000");
    }

    @Test
    void anOutFileInAMissingFolderIsWrittenAndTheFolderCreatedSaysSo() throws IOException {
        Path folder = data.resolve("reports/2024");
        String wrote = run("show 10 --format csv --out reports/2024/10.csv").ok().out;
        List<String> lines = wrote.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("created folder " + folder);
        assertThat(lines.get(1)).startsWith("wrote table 10 of 229001/2024 to " + folder.resolve("10.csv") + " (");
        assertThat(folder.resolve("10.csv")).exists();
        // into a folder that exists, nothing is said about folders
        assertThat(run("show 10 --format csv --out reports/2024/10.csv").ok().out).doesNotContain("created folder");
        assertThat(run("sql --format csv --out reports/q/1.csv SELECT 1 AS n").ok().out)
                .startsWith("created folder " + data.resolve("reports/q"));
        // a failed export leaves no folder made for it
        assertThat(run("trace 01 999 --out gone/deeper/x.csv").err).contains("no row '999'");
        assertThat(data.resolve("gone")).doesNotExist();
    }

    @Test
    void historyLineOfAnEconomicCodeWithoutItsOwnBudgetLineShowsTheLineItDrawsOn() {
        String out = run("history line --fund 一般公共预算 --function 2010301 --kind 公用经费 --economic 30201").ok().out;
        assertThat(out).contains("30201 has no budget line of its own under 一般公共预算财政拨款/2010301/基本支出-公用经费:"
                + " its spending draws on the line 一般公共预算财政拨款/2010301/基本支出-公用经费 (no economic code)");
        assertThat(out).contains("预算-2024-002", "年初预算").doesNotContain("全年预算 0.00元 −");
        // the 结余 is the line's 全年预算 less everything that draws on it, not 0.00 less the spending on 30201
        String balance = out.lines().filter(l -> l.contains("结余")).findFirst().orElseThrow();
        assertThat(balance).contains("全年预算 1,").doesNotContain("全年预算 0.00元");
        // a code with a line of its own (公务接待费, 三公) shows that line
        String own = run("history line --fund 一般公共预算 --function 2010301 --kind 公用经费 --economic 30217").ok().out;
        assertThat(own).contains("2010301/基本支出-公用经费/30217: the budget line of 30217 itself",
                "全年预算 3,760.00元").doesNotContain("预算-2024-002");
    }

    @Test
    void anAuditorRecordsNothingYetMayRebuildTheReadModels() {
        fiscalledger.shell.ShellSettings auditor = new fiscalledger.shell.ShellSettings(data, data, false,
                fiscalledger.ledger.api.Role.AUDITOR, false);
        String before = run("show 01 --format csv").ok().out;
        ScriptRun record = new ScriptRun(services, auditor, "expense --voucher AUD-1 --date 2024-05-06 --fund 一般公共预算"
                + " --function 2010301 --economic 30201 --kind 公用经费 --amount 5");
        assertThat(record.code).isEqualTo(1);
        assertThat(record.err).contains("`expense` records and is refused: the auditor role (审计) records nothing;",
                "replay rebuilds the read models from the events without changing any").doesNotContain("read-only");
        assertThat(new ScriptRun(services, auditor, "replay").ok().out).contains("the read models are up to date");
        assertThat(run("show 01 --format csv").ok().out).isEqualTo(before);
    }
}
