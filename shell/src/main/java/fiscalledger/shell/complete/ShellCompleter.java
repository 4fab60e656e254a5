package fiscalledger.shell.complete;

import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Completes a shell line from the command's own specs: the command name first, then its options, an option's
 * values (table ids, units, years, codes with their names, projects, enumerated labels, file paths) and positionals.
 */
public final class ShellCompleter implements Completer {

    private final CommandRegistry registry;
    private final CompletionSource source;
    private final Completer files;

    public ShellCompleter(CommandRegistry registry, CompletionSource source, Path workingDirectory) {
        this.registry = registry;
        this.source = source;
        this.files = new Completers.FileNameCompleter() {
            @Override
            protected Path getUserDir() {
                return workingDirectory;
            }
        };
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        complete(reader, line, line.words(), line.wordIndex(), candidates);
    }

    /**
     * Completes the word at {@code index} of {@code words}, a command line that may be the tail of the typed one: a
     * command that runs another (as-of CUTOFF COMMAND …) has its inner command completed exactly as at the top level.
     */
    private void complete(LineReader reader, ParsedLine line, List<String> words, int index,
                          List<Candidate> candidates) {
        if (index == 0) {
            candidates.addAll(source.commands());
            return;
        }
        Optional<ShellCommand> found = registry.find(words.get(0));
        if (found.isEmpty()) {
            return;
        }
        ShellCommand command = found.get();
        if (command.takesCommandLine()) {
            innerCommandLine(command, reader, line, words, index, candidates);
            return;
        }
        String current = line.word();
        Optional<OptionSpec> valueOf = optionAwaitingValue(command, words, index);
        if (valueOf.isPresent()) {
            values(valueOf.get().values(), reader, line, candidates);
            return;
        }
        if (current.startsWith("-")) {
            command.options().forEach(o -> candidates.add(new Candidate("--" + o.name(), "--" + o.name(), null,
                    o.help(), null, null, true)));
            return;
        }
        List<String> before = positionalsBefore(command, words, index);
        int position = before.size();
        if (position < command.positionals().size()) {
            values(command.positionalValues(position, before), reader, line, candidates);
        }
        if (!command.options().isEmpty() && current.isEmpty()) {
            command.options().forEach(o -> candidates.add(new Candidate("--" + o.name(), "--" + o.name(), null,
                    o.help(), null, null, true)));
        }
    }

    /** After as-of: the cut-off (nothing to offer), then the inner command with its summary, then its own line. */
    private void innerCommandLine(ShellCommand command, LineReader reader, ParsedLine line, List<String> words,
                                  int index, List<Candidate> candidates) {
        // the inner command is the last positional: word 2 of `as-of CUTOFF COMMAND …`
        int innerAt = command.positionals().size();
        if (index < innerAt) {
            return;
        }
        if (index == innerAt) {
            source.commands().stream().filter(c -> command.innerCommands().contains(c.value())).forEach(candidates::add);
            return;
        }
        if (command.innerCommands().contains(words.get(innerAt))) {
            complete(reader, line, words.subList(innerAt, words.size()), index - innerAt, candidates);
        }
    }

    private void values(Values values, LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (values.isPath()) {
            files.complete(reader, line, candidates);
        }
        candidates.addAll(values.candidates(source));
    }

    /** The option whose value is being typed: the word before the cursor is an option that takes a value. */
    private static Optional<OptionSpec> optionAwaitingValue(ShellCommand command, List<String> words, int index) {
        String previous = words.get(index - 1);
        if (!previous.startsWith("--")) {
            return Optional.empty();
        }
        return command.option(previous.substring(2)).filter(o -> !o.flag());
    }

    /** The positionals typed before the word at index (skipping options and their values). */
    private static List<String> positionalsBefore(ShellCommand command, List<String> words, int index) {
        List<String> positionals = new java.util.ArrayList<>();
        for (int i = 1; i < index; i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                Optional<OptionSpec> option = command.option(word.substring(2));
                if (option.isPresent() && !option.get().flag() && !word.contains("=")) {
                    i++;
                }
            } else {
                positionals.add(word);
            }
        }
        return positionals;
    }
}
