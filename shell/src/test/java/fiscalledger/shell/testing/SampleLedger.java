package fiscalledger.shell.testing;

import fiscalledger.shell.service.LedgerServices;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a data directory with the sample year loaded, for tests that drive the shell as a script
 * on it ({@link #run}); the test class closes it when done.
 */
public final class SampleLedger implements AutoCloseable {
    public final ConfigurableApplicationContext context;
    public final LedgerServices services;
    private final Path data;

    private SampleLedger(Path data, String user) {
        this.data = data;
        context = ScriptRun.startLedger(data, user);
        services = context.getBean(LedgerServices.class);
    }

    /** Starts the ledger in {@code data}, recording as {@code user}, and loads the sample year into it. */
    public static SampleLedger start(Path data, String user) {
        SampleLedger ledger = new SampleLedger(data, user);
        assertThat(ledger.run("load-sample").code).isZero();
        return ledger;
    }

    /** One -e run of the shell on this ledger. */
    public ScriptRun run(String... commands) {
        return new ScriptRun(services, data, commands);
    }

    @Override
    public void close() {
        context.close();
    }
}
