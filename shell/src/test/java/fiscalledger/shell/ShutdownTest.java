package fiscalledger.shell;

import fiscalledger.shell.service.LazyLedgerServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leaving the jar after the commands have run: a background thread that meets the closed connection pool while the
 * ledger shuts down prints nothing unless --debug asks for it.
 */
class ShutdownTest {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final StringWriter shellErr = new StringWriter();

    @AfterEach
    void restore() {
        System.setErr(original);
    }

    /** A ledger whose closing makes a worker print the pool's "has been closed" trace, as a busy processor does. */
    private static LazyLedgerServices ledgerWithABusyWorker() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean("pool", AutoCloseable.class, () -> () -> new SQLException(
                "HikariDataSource HikariDataSource (HikariPool-1) has been closed.").printStackTrace());
        context.refresh();
        LazyLedgerServices services = new LazyLedgerServices(() -> context);
        try {
            services.storeIsEmpty();
        } catch (RuntimeException expected) {
            // the fake context holds no LedgerServices; asking started it, which is all this needs
        }
        return services;
    }

    @Test
    void aTracePrintedWhileTheLedgerClosesIsDroppedWithoutDebug() {
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        LedgerShellMain.stop(ledgerWithABusyWorker(), false, new PrintWriter(shellErr));
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(shellErr.toString()).isEmpty();
    }

    @Test
    void debugKeepsIt() {
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        LedgerShellMain.stop(ledgerWithABusyWorker(), true, new PrintWriter(shellErr));
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("has been closed", "\tat ");
    }
}
