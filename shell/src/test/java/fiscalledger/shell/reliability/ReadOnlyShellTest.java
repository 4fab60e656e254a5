package fiscalledger.shell.reliability;

import fiscalledger.ledger.api.Role;
import fiscalledger.shell.FakeLedgerServices;
import fiscalledger.shell.LaunchOptions;
import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read-only shell refuses every recording command itself, before the ledger is asked; queries still run. */
class ReadOnlyShellTest {

    @TempDir
    Path data;

    private final FakeLedgerServices services = new FakeLedgerServices();

    private String run(Role role, boolean readOnly, String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        new LedgerShell(CommandRegistry.standard(), services, new ShellSettings(data, data, false, role, readOnly))
                .runCommands(List.of(command), new PrintWriter(out), new PrintWriter(err));
        return out + err.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "expense --voucher X1 --date 2024-05-06 --fund GENERAL_BUDGET --function 2010301 --economic 30201 --kind BASIC_PUBLIC --amount 5",
            "import journal.csv",
            "load-sample",
            "register-code --kind FUNCTION --code 2019999 --name 其他",
            "reverse --voucher R1 --date 2024-05-06 --reversed-voucher V1 --reason 错误",
            "close-year --voucher C1 --date 2024-12-31"})
    void anAuditorIsRefusedEveryRecordingCommandWithoutTouchingTheLedger(String command) {
        assertThat(run(Role.AUDITOR, false, command))
                .contains("records and is refused: the auditor role (审计) records nothing;"
                        + " show, check, trace, as-of, history, events and sql work, and replay rebuilds the read models"
                        + " from the events without changing any");
        assertThat(services.recorded).isEmpty();
    }

    @Test
    void anAnalystMayQuery() {
        assertThat(run(Role.ANALYST, false, "sql SELECT 1")).doesNotContain("refused");
    }

    @Test
    void anOfficerWithReadOnlyIsRefusedToo() {
        assertThat(run(Role.OFFICER, true, "load-sample"))
                .contains("`load-sample` records and is refused: this shell was started with --read-only, which"
                        + " records nothing")
                .doesNotContain("open read-only");
    }

    @Test
    void theLaunchOptionsMakeAuditorsAndAnalystsReadOnly() {
        assertThat(LaunchOptions.parse(new String[]{"--role", "auditor", "--user", "li.shen"}).readOnly()).isTrue();
        assertThat(LaunchOptions.parse(new String[]{"--role=analyst"}).readOnly()).isTrue();
        assertThat(LaunchOptions.parse(new String[]{"--read-only"}).readOnly()).isTrue();
        assertThat(LaunchOptions.parse(new String[]{"--user", "wang.fang"}).readOnly()).isFalse();
    }

    @Test
    void theReaderUserIsAPostgresqlUserAndNeedsDb() {
        LaunchOptions reader = LaunchOptions.parse(new String[]{"--db", "jdbc:postgresql://db/ledger", "--role",
                "analyst", "--db-reader-user", "ledger_reader", "--db-reader-password", "s3cret"});
        assertThat(reader.readerUser()).isEqualTo("ledger_reader");
        assertThat(reader.readerPassword()).isEqualTo("s3cret");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[]{"--db-reader-user", "ledger_reader"}))
                .hasMessageContaining("needs --db URL");
    }
}
