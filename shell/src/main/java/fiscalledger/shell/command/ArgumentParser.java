package fiscalledger.shell.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the words after a command's name into {@link Arguments} by the command's option and positional specs:
 * {@code --name value}, {@code --name=value}, flags, positionals, and {@code --} to end options. Anything it cannot
 * place is an error naming the option and what the command does take.
 */
public final class ArgumentParser {

    private ArgumentParser() {
    }

    public static Arguments parse(ShellCommand command, List<String> words) {
        if (command.takesCommandLine()) {
            return new Arguments(Map.of(), Set.of(), words);
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!optionsEnded && word.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && word.startsWith("--") && word.length() > 2) {
                String name = word.substring(2);
                String inlineValue = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    inlineValue = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                OptionSpec spec = command.option(name).orElseThrow(() -> unknownOption(command, word));
                if (spec.flag()) {
                    if (inlineValue != null) {
                        throw new CommandFailure("--" + spec.name() + " takes no value");
                    }
                    flags.add(spec.name());
                } else if (inlineValue != null) {
                    options.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(inlineValue);
                } else if (i + 1 < words.size()) {
                    options.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(words.get(++i));
                } else {
                    throw new CommandFailure("--" + spec.name() + " needs a value (" + spec.valueName() + ")");
                }
            } else {
                positionals.add(word);
                // a free text (sql's query) may hold words like '--x' of its own: options come before it
                optionsEnded = optionsEnded || command.takesFreeText();
            }
        }
        if (!command.takesFreeText() && positionals.size() > command.positionals().size()) {
            String extra = positionals.get(command.positionals().size());
            throw new CommandFailure("unexpected argument '" + extra + "'; usage: " + command.usage());
        }
        return new Arguments(options, flags, positionals);
    }

    /** Required options and positionals that are still missing, in the order help lists them. */
    public static List<String> missing(ShellCommand command, Arguments args) {
        List<String> missing = new ArrayList<>();
        List<PositionalSpec> positionals = command.positionals();
        for (int i = 0; i < positionals.size(); i++) {
            if (positionals.get(i).required() && args.positional(i).isEmpty()) {
                missing.add(positionals.get(i).name());
            }
        }
        for (OptionSpec option : command.options()) {
            if (option.required() && !args.has(option.name())) {
                missing.add("--" + option.name());
            }
        }
        return missing;
    }

    private static CommandFailure unknownOption(ShellCommand command, String word) {
        if (command.options().isEmpty()) {
            return new CommandFailure("unknown option " + word + "; " + command.name() + " takes no options");
        }
        return new CommandFailure("unknown option " + word + "; " + command.name() + " takes "
                + command.options().stream().map(o -> "--" + o.name()).collect(Collectors.joining(", ")));
    }
}
