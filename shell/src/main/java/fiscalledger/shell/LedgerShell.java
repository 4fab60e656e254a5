package fiscalledger.shell;

import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.command.ExitRequested;
import fiscalledger.shell.command.Prompter;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.complete.CompletionSource;
import fiscalledger.shell.complete.ShellCompleter;
import fiscalledger.shell.render.Pager;
import fiscalledger.shell.service.ImportProgress;
import fiscalledger.shell.service.LedgerServices;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The shell itself: an interactive loop on a JLine terminal (completion, history, paging, prompts for missing
 * values, Ctrl-C cancels, Ctrl-D leaves), or a script run (-e commands or lines on standard input) that prints no
 * prompt or colour, puts each failure on one line of stderr and reports failure in its exit code.
 */
public final class LedgerShell {

    public static final String PROMPT = "ledger> ";
    /** Imports of fewer entries than this finish before a bar would be worth drawing. */
    private static final long PROGRESS_BAR_FROM_ENTRIES = 500;

    private final CommandRegistry registry;
    private final LedgerServices services;
    private final ShellSettings settings;
    private final CommandRunner runner;

    public LedgerShell(CommandRegistry registry, LedgerServices services, ShellSettings settings) {
        this.registry = registry;
        this.services = services;
        this.settings = settings;
        this.runner = new CommandRunner(registry, settings.debug(), settings.recordingRefusal());
    }

    /** Runs commands given with -e, in order; returns the exit code (1 when any failed). */
    public int runCommands(List<String> commands, PrintWriter out, PrintWriter err) {
        CommandContext context = scriptContext(out);
        boolean failed = false;
        for (String command : commands) {
            try {
                Optional<String> error = runner.run(command, context, err);
                if (error.isPresent()) {
                    failed = true;
                    err.println("error: " + shorten(command) + ": " + error.get());
                    err.flush();
                }
            } catch (ExitRequested exit) {
                break;
            }
        }
        return failed ? 1 : 0;
    }

    /** Runs the lines of a script (standard input when it is not a terminal); returns the exit code. */
    public int runScript(BufferedReader script, PrintWriter out, PrintWriter err) {
        CommandContext context = scriptContext(out);
        boolean failed = false;
        int number = 0;
        try {
            String line;
            while ((line = script.readLine()) != null) {
                number++;
                Optional<String> error = runner.run(line, context, err);
                if (error.isPresent()) {
                    failed = true;
                    err.println("error: line " + number + ": " + shorten(line.strip()) + ": " + error.get());
                    err.flush();
                }
            }
        } catch (ExitRequested exit) {
            // `exit` in a script ends it, like the end of input
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the script: " + e.getMessage(), e);
        }
        return failed ? 1 : 0;
    }

    /** The interactive loop; returns 0 when the user leaves with exit or Ctrl-D. */
    public int runInteractive(Terminal terminal) {
        return runInteractive(terminal, () -> { });
    }

    /**
     * The interactive loop; {@code beforeFirstPrompt} runs once the screen is ready for the first prompt (the launcher
     * starts the ledger there, so that its start does not compete with drawing the prompt on a small machine).
     */
    public int runInteractive(Terminal terminal, Runnable beforeFirstPrompt) {
        CompletionSource completions = new CompletionSource(services, registry);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("fiscal-ledger")
                .completer(new ShellCompleter(registry, completions, settings.workingDirectory()))
                .variable(LineReader.HISTORY_FILE, settings.historyFile())
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        PromptValues promptValues = new PromptValues();
        LineReader promptReader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer((r, line, candidates) -> candidates.addAll(promptValues.current.candidates(completions)))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        PrintWriter out = terminal.writer();
        out.println("fiscal-ledger, data in " + settings.store() + ": type `help` for the commands, Ctrl-D to leave.");
        out.flush();
        Prompter prompter = (label, values) -> {
            promptValues.current = values;
            try {
                String answer = promptReader.readLine("  " + label + ": ").strip();
                return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
            } catch (UserInterruptException | EndOfFileException e) {
                return Optional.empty();
            }
        };
        CommandContext context = new CommandContext(out, services, registry, settings.workingDirectory(), prompter,
                new Pager(terminal), progressBars(terminal), terminal.getWidth());
        beforeFirstPrompt.run();
        EmptyStoreHint hint = new EmptyStoreHint();
        hint.start(services, reader, EmptyStoreHint.text(settings));
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (!line.isBlank()) {
                hint.commandEntered();
            }
            Thread worker = Thread.currentThread();
            AtomicBoolean cancelled = new AtomicBoolean();
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
                cancelled.set(true);
                worker.interrupt();
            });
            try {
                Optional<String> error = runner.run(line, context, out);
                if (cancelled.get()) {
                    // whatever the interrupted work threw, the user asked for this: say so, not the symptom
                    error = Optional.of("cancelled");
                }
                error.ifPresent(message -> {
                    out.println(new AttributedStringBuilder()
                            .style(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
                            .append("error: ").append(message).toAnsi(terminal));
                    out.flush();
                });
            } catch (ExitRequested exit) {
                break;
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                Thread.interrupted();
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("history not saved: " + e.getMessage());
        }
        out.flush();
        return 0;
    }

    private CommandContext scriptContext(PrintWriter out) {
        return new CommandContext(out, services, registry, settings.workingDirectory(), null, null, null, 0);
    }

    private static Function<String, ImportProgress> progressBars(Terminal terminal) {
        PrintStream stream = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        return task -> new ImportProgress() {
            private ProgressBar bar;

            @Override
            public void advanced(long done, long total) {
                if (bar == null) {
                    if (total < PROGRESS_BAR_FROM_ENTRIES) {
                        return;
                    }
                    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" entries", 1)
                            .setConsumer(new ConsoleProgressBarConsumer(stream, Math.max(40, terminal.getWidth() - 1)))
                            .setUpdateIntervalMillis(200).clearDisplayOnFinish().build();
                }
                bar.stepTo(done);
            }

            @Override
            public void finished() {
                if (bar != null) {
                    bar.close();
                }
            }
        };
    }

    private static String shorten(String command) {
        return command.length() <= 60 ? command : command.substring(0, 57) + "…";
    }

    /** The values the prompt line completes, set before each question. */
    private static final class PromptValues {
        private Values current = Values.none();
    }

}
