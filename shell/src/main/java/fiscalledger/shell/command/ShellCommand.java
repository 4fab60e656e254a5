package fiscalledger.shell.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared base of every shell command: its name, a one-line summary, the options and positionals it takes (which
 * drive parsing, help and completion) and its handler. A new command is one subclass plus one line in
 * {@link CommandRegistry#standard}.
 */
public abstract class ShellCommand {

    private final String name;
    private final String summary;

    protected ShellCommand(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    public final String name() {
        return name;
    }

    public final String summary() {
        return summary;
    }

    public List<OptionSpec> options() {
        return List.of();
    }

    public List<PositionalSpec> positionals() {
        return List.of();
    }

    /**
     * What completion offers for the positional at {@code position}, given the positionals typed before it: by default
     * its spec's values; a command whose later words depend on an earlier one (history project P, history cell TABLE)
     * says so here.
     */
    public Values positionalValues(int position, List<String> before) {
        return positionals().get(position).values();
    }

    /** Further help below the option list: what the command prints, examples. */
    public String details() {
        return "";
    }

    /** True when the command records something; a read-only shell refuses it before it reaches the ledger. */
    public boolean records() {
        return false;
    }

    /** True when everything after the options is free text (sql's query), not positionals to count. */
    public boolean takesFreeText() {
        return false;
    }

    /**
     * True when the words after the name are another command line (as-of's), left unparsed: every word becomes a
     * positional and options belong to the inner command.
     */
    public boolean takesCommandLine() {
        return false;
    }

    /** For a command that {@link #takesCommandLine()}: the commands it may run, which completion offers after it. */
    public List<String> innerCommands() {
        return List.of();
    }

    /** The handler. Throws {@link CommandFailure} with one line that says what went wrong. */
    protected abstract void execute(Arguments args, CommandContext context);

    /** Parses the words after the name, asks for what is missing at a terminal, then runs the handler. */
    public final void run(List<String> words, String rawText, CommandContext context) {
        Arguments args = ArgumentParser.parse(this, words);
        args.setRawText(rawText);
        List<String> missing = ArgumentParser.missing(this, args);
        if (!missing.isEmpty()) {
            Prompter prompter = context.prompter().orElseThrow(() -> new CommandFailure(
                    "missing " + String.join(", ", missing) + "; usage: " + usage()));
            askForMissing(args, prompter);
        }
        execute(args, context);
    }

    public String usage() {
        return Stream.concat(Stream.of(name),
                        Stream.concat(positionals().stream().map(PositionalSpec::usage),
                                options().stream().map(OptionSpec::usage)))
                .collect(Collectors.joining(" "));
    }

    public Optional<OptionSpec> option(String optionName) {
        String name = optionAliases().getOrDefault(optionName, optionName);
        return options().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * Other names an option is known by (alias → option name), accepted when typed but not offered: the journal's
     * column name where the option's own name differs (open-year's --unit-name for --name).
     */
    public java.util.Map<String, String> optionAliases() {
        return java.util.Map.of();
    }

    private void askForMissing(Arguments args, Prompter prompter) {
        List<PositionalSpec> positionals = positionals();
        for (int i = 0; i < positionals.size(); i++) {
            PositionalSpec spec = positionals.get(i);
            if (spec.required() && args.positional(i).isEmpty()) {
                args.addPositional(prompter.ask(spec.help(), spec.values())
                        .orElseThrow(() -> new CommandFailure("cancelled: " + spec.name() + " not given")));
            }
        }
        for (OptionSpec spec : options()) {
            if (spec.required() && !args.has(spec.name())) {
                args.setOption(spec.name(), prompter.ask(spec.help(), spec.values())
                        .orElseThrow(() -> new CommandFailure("cancelled: --" + spec.name() + " not given")));
            }
        }
    }
}
