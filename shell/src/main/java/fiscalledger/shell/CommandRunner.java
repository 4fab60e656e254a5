package fiscalledger.shell;

import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.command.ExitRequested;
import fiscalledger.shell.command.ShellCommand;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Runs one command line: splits it into words (quotes as in a Unix shell), finds the command, runs it, and turns
 * any failure into one line that says what went wrong. Used alike by the interactive loop, -e and scripts.
 */
public final class CommandRunner {

    private final CommandRegistry registry;
    private final Parser parser = new DefaultParser();
    private final boolean debug;
    private final Optional<String> recordingRefusal;

    public CommandRunner(CommandRegistry registry, boolean debug) {
        this(registry, debug, Optional.empty());
    }

    /** {@code recordingRefusal}: why this shell may not record (read-only), refused before the ledger is asked. */
    public CommandRunner(CommandRegistry registry, boolean debug, Optional<String> recordingRefusal) {
        this.registry = registry;
        this.debug = debug;
        this.recordingRefusal = recordingRefusal;
    }

    /**
     * Runs the line; returns the error message when it failed, empty when it succeeded (or the line was blank).
     * {@link ExitRequested} is passed on to the caller.
     */
    public Optional<String> run(String line, CommandContext context, PrintWriter debugOut) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        try {
            List<String> words = words(trimmed);
            String name = words.get(0);
            ShellCommand command = registry.find(name).orElseThrow(() -> new CommandFailure(
                    "unknown command '" + name + "'; type `help` for the list"));
            if (command.records() && recordingRefusal.isPresent()) {
                throw new CommandFailure("`" + name + "` records and is refused: " + recordingRefusal.get()
                        + "; show, check, trace, as-of, history, events and sql work, and replay rebuilds the read"
                        + " models from the events without changing any");
            }
            String rawText = trimmed.substring(Math.min(trimmed.length(), trimmed.indexOf(name) + name.length())).strip();
            command.run(words.subList(1, words.size()), rawText, context);
            return Optional.empty();
        } catch (ExitRequested exit) {
            throw exit;
        } catch (RuntimeException e) {
            if (debug) {
                e.printStackTrace(debugOut);
                debugOut.flush();
            }
            return Optional.of(ErrorMessages.describe(e));
        } finally {
            context.out().flush();
        }
    }

    private List<String> words(String line) {
        try {
            ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE);
            return parsed.words().stream().filter(w -> !w.isEmpty()).toList();
        } catch (EOFError e) {
            throw new CommandFailure("unfinished line: " + e.getMessage() + " (close the quote)");
        } catch (SyntaxError e) {
            throw new CommandFailure("cannot read the line: " + e.getMessage());
        }
    }
}
