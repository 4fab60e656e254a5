package fiscalledger.shell.testing;

import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.LedgerServices;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of shell commands as a script (-e) on a real ledger: exit code, standard output, standard error. Tests
 * that drive the shell end to end share it and {@link #startLedger}, the ledger they run on.
 */
public class ScriptRun {
    public final int code;
    public final String out;
    public final String err;

    public ScriptRun(LedgerServices services, Path data, String... commands) {
        this(services, new ShellSettings(data, data, false), commands);
    }

    /** The same run in a shell of another role or with --read-only. */
    public ScriptRun(LedgerServices services, ShellSettings settings, String... commands) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        code = new LedgerShell(CommandRegistry.standard(), services, settings)
                .runCommands(List.of(commands), new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
    }

    /** Asserts the run succeeded without a word on standard error. */
    public ScriptRun ok() {
        assertThat(err).isEmpty();
        assertThat(code).isZero();
        return this;
    }

    /** The whole application (Spring, Axon, H2 in {@code data}), recording as {@code user}; the caller closes it. */
    public static ConfigurableApplicationContext startLedger(Path data, String user) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(fiscalledger.shell.LedgerShellApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .properties("fiscal-ledger.data-dir=" + data, "fiscal-ledger.user=" + user, "spring.jmx.enabled=false",
                        "logging.level.root=WARN")
                .run();
    }
}
