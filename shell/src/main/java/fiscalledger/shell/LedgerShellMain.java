package fiscalledger.shell;

import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.LazyLedgerServices;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point: reads the launch options, starts the ledger (Spring, Axon, H2) behind the prompt, runs the
 * shell interactively or as a script, and always ends with System.exit, because Axon leaves non-daemon threads.
 */
public final class LedgerShellMain {

    private LedgerShellMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // finance data stays on the machine: Axon must never phone home
        System.setProperty("axoniq.update-checker.disabled", "true");
        fiscalledger.ledger.config.H2Settings.applyBeforeH2Loads();
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            out.flush();
            return 0;
        }
        try {
            Files.createDirectories(options.dataDirectory());
        } catch (IOException e) {
            err.println("error: cannot create the data directory " + options.dataDirectory() + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        StorageFailures.dataDirectory(options.database() == null ? options.dataDirectory() : null);
        ShellSettings settings = new ShellSettings(options.dataDirectory(), Path.of("").toAbsolutePath(), options.debug(),
                options.role(), options.readOnly(),
                options.database() == null ? null : ShellSettings.describeDatabase(options.database()));
        boolean interactive = options.commands().isEmpty() && System.console() != null;
        LazyLedgerServices services = new LazyLedgerServices(() -> startLedger(options));
        try {
            LedgerShell shell = new LedgerShell(CommandRegistry.standard(), services, settings);
            if (!options.commands().isEmpty()) {
                return shell.runCommands(options.commands(), out, err);
            }
            if (!interactive) {
                return shell.runScript(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        out, err);
            }
            try (Terminal terminal = systemTerminal()) {
                // the prompt comes at once; the ledger starts behind it and the first command that needs it waits
                return shell.runInteractive(terminal, services::startInBackground);
            }
        } catch (IOException | RuntimeException e) {
            if (options.debug()) {
                e.printStackTrace(err);
            }
            err.println("error: " + ErrorMessages.describe(e));
            err.flush();
            return 1;
        } finally {
            out.flush();
            err.flush();
            stop(services, options.debug(), err);
        }
    }

    /**
     * Closes the ledger once every command has run and reported. The one late user of the connection pool found, Axon's
     * embedded event store reading ahead on its own thread after its shut-down (logged with --debug as "Failed to read
     * events … HikariDataSource … has been closed" after an import the processors were still catching up with), is
     * stopped in order now: the storage engine ends its tracked reads before the pool closes (docs/ledger.md,
     * "Closing"). Without --debug the ledger's log is off, and that error never reached System.err even before. A stack
     * trace that a background thread would print directly while the context closes, after the user's answer is
     * complete, is still dropped without --debug, as when this was added after such a trace was seen following a
     * large import; no such direct trace has been reproduced since, nor any other source found (nothing of the user's
     * would be lost then: an unfinished batch's rows and token roll back together and the next start redoes it). The
     * shell's own messages go to the standard error descriptor through its own writer and are not affected.
     */
    static void stop(LazyLedgerServices services, boolean debug, PrintWriter err) {
        if (!debug) {
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        }
        try {
            services.close();
        } catch (RuntimeException e) {
            // what the user asked for has been done and reported; a failure to close is worth a line, not a trace
            if (debug) {
                e.printStackTrace(err);
            }
            err.println("warning: the ledger did not close cleanly: " + ErrorMessages.describe(e));
            err.flush();
        }
    }

    /**
     * The terminal through JLine's JNI provider alone: building with every provider loads and probes each (the exec
     * provider spawns processes), which costs a visible part of a second before the first prompt. Where JNI cannot
     * serve this terminal, the full search is made after all.
     */
    static Terminal systemTerminal() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).name("fiscal-ledger")
                .jni(true).ffm(false).jansi(false).jna(false).exec(false).dumb(true).build();
        if (!(terminal instanceof DumbTerminal)) {
            return terminal;
        }
        terminal.close();
        return TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).name("fiscal-ledger").build();
    }

    static ConfigurableApplicationContext startLedger(LaunchOptions options) {
        List<String> properties = new ArrayList<>();
        if (options.database() != null) {
            properties.add("spring.datasource.url=" + options.database());
        }
        if (options.readerUser() != null) {
            properties.add("fiscal-ledger.db-reader.user=" + options.readerUser());
            properties.add("fiscal-ledger.db-reader.password=" + options.readerPassword());
        }
        return new SpringApplicationBuilder(LedgerShellApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .properties(
                        "fiscal-ledger.data-dir=" + options.dataDirectory(),
                        "fiscal-ledger.user=" + options.user(),
                        "fiscal-ledger.role=" + options.role().id(),
                        "fiscal-ledger.read-only=" + options.readOnly(),
                        "spring.jmx.enabled=false",
                        "logging.config=classpath:fiscalledger/shell/logback-shell.xml",
                        // without --debug a failure is the shell's one line on stderr, never a logged stack trace
                        "logging.level.root=" + (options.debug() ? "INFO" : "OFF"),
                        // a failed start is reported by the shell in one line; Spring's own report is for --debug
                        "logging.level.org.springframework.boot.SpringApplication=" + (options.debug() ? "INFO" : "OFF"))
                .properties(properties.toArray(String[]::new))
                .run();
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        // the platform charset may be ASCII (a bare CI locale); Chinese names must come out intact
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
    }
}
