package fiscalledger.shell.command.audit;

import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.testing.ScriptRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --unit without --year on a unit with two years (the sample's 2024 and an opened 2025), on the real ledger: the
 * commands that read one unit-year name the unit's years and ask for --year; events and history voucher list across
 * the years; a year held by one unit needs no --unit.
 */
class YearSelectionTest {

    /** A voucher number of the sample year, used again in 2025 (each year numbers its own vouchers). */
    private static final String VOUCHER = "记-202401-0007";

    @TempDir
    static Path data;

    static ConfigurableApplicationContext context;
    static LedgerServices services;

    @BeforeAll
    static void startWithTwoYearsOfOneUnit() {
        context = ScriptRun.startLedger(data, "officer");
        services = context.getBean(LedgerServices.class);
        run("load-sample",
                "open-year --unit 229001 --year 2025 --voucher 开账-2025 --date 2025-01-02 --name 山西省行政审批服务管理局"
                        + " --unit-type 行政单位",
                "expense --unit 229001 --year 2025 --voucher " + VOUCHER + " --date 2025-01-03 --fund 一般公共预算"
                        + " --function 2010301 --economic 30201 --kind 公用经费 --amount 12.50 --memo 办公用品")
                .ok();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** One -e run of the shell: exit code, standard output, standard error. */
    private record Run(int code, String out, String err) {
        Run ok() {
            assertThat(err).isEmpty();
            assertThat(code).isZero();
            return this;
        }
    }

    private static Run run(String... commands) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new LedgerShell(CommandRegistry.standard(), services, new ShellSettings(data, data, false))
                .runCommands(List.of(commands), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void eventsOfAUnitWithoutAYearListsTheEventsOfEveryYearOfTheUnitInStoreOrder() {
        String out = run("events --unit 229001 --type YearOpened --format csv").ok().out();
        List<String> rows = out.lines().skip(1).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("229001/2024");
        assertThat(rows.get(1)).contains("229001/2025");
        assertThat(run("events --unit 229001 --limit 3 --format csv").ok().out().lines().skip(1).toList())
                .hasSize(3).allMatch(l -> l.contains("229001/2024"));
    }

    @Test
    void eventsOfAYearNeedNoUnitWhenOneUnitHasIt() {
        String out = run("events --year 2025 --format csv").ok().out();
        assertThat(out.lines().skip(1).toList()).hasSize(2).allMatch(l -> l.contains("229001/2025"));
    }

    @Test
    void aCommandThatReadsOneUnitYearNamesTheUnitsYearsWhenOnlyTheUnitIsGiven() {
        for (String command : List.of("show 01 --unit 229001", "check --unit 229001", "trace 01 32 --unit 229001",
                "history project 空白证照购置印刷 --unit 229001", "history cell 01 32 --unit 229001")) {
            Run run = run(command);
            assertThat(run.code()).as(command).isEqualTo(1);
            assertThat(run.err()).as(command)
                    .contains("unit 229001 has 2 years in the store (2024, 2025); choose one with --year");
        }
        // one unit with two years: only --year is missing, and only --year is asked for
        assertThat(run("show 01").err())
                .contains("unit 229001 has 2 years in the store (2024, 2025); choose one with --year")
                .doesNotContain("--unit");
        assertThat(run("trace 01 32").err()).contains("choose one with --year").doesNotContain("unit-years");
    }

    @Test
    void aYearHeldByOneUnitIsEnoughToChooseTheUnitYear() {
        assertThat(run("show 01 --year 2024 --format csv").ok().out()).contains("42683.67");
        assertThat(run("check --year 2024").ok().out()).contains("identities hold for 229001/2024");
    }

    @Test
    void historyOfAVoucherNumberUsedInTwoYearsShowsBothWithTheirUnitYear() {
        String out = run("history voucher " + VOUCHER).ok().out();
        assertThat(out).contains("voucher " + VOUCHER + " of 229001/2024, 229001/2025");
        assertThat(out.lines().filter(l -> l.startsWith("229001/2024")).count()).isEqualTo(1);
        assertThat(out.lines().filter(l -> l.startsWith("229001/2025")).count()).isEqualTo(1);
        String only2025 = run("history voucher " + VOUCHER + " --year 2025").ok().out();
        assertThat(only2025).contains("voucher " + VOUCHER + " of 229001/2025", "12.50").doesNotContain("5056.00");
        assertThat(run("history voucher NO-SUCH").err())
                .contains("no voucher 'NO-SUCH' in 229001/2024, 229001/2025");
    }
}
