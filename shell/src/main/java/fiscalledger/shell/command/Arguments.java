package fiscalledger.shell.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's parsed arguments: option values by name, flags given, positionals in order. */
public final class Arguments {

    private final Map<String, List<String>> options;
    private final Set<String> flags;
    private final List<String> positionals;

    private String rawText = "";

    public Arguments(Map<String, List<String>> options, Set<String> flags, List<String> positionals) {
        this.options = new LinkedHashMap<>();
        options.forEach((name, values) -> this.options.put(name, new ArrayList<>(values)));
        this.flags = new LinkedHashSet<>(flags);
        this.positionals = new ArrayList<>(positionals);
    }

    public Optional<String> option(String name) {
        List<String> values = options.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1)).filter(v -> !v.isBlank());
    }

    /** Every value of an option that may be repeated (--opening, --indicator), in the order given. */
    public List<String> all(String name) {
        return List.copyOf(options.getOrDefault(name, List.of()));
    }

    /** The command line after the command's name, exactly as typed (sql needs its quotes intact). */
    public String rawText() {
        return rawText;
    }

    void setRawText(String rawText) {
        this.rawText = rawText == null ? "" : rawText;
    }

    /** The value of an option that {@link ArgumentParser} has made sure is present. */
    public String required(String name) {
        return option(name).orElseThrow(() -> new CommandFailure("missing --" + name));
    }

    public boolean has(String name) {
        return option(name).isPresent();
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    public Optional<String> positional(int index) {
        return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
    }

    void setOption(String name, String value) {
        options.put(name, new ArrayList<>(List.of(value)));
    }

    void addPositional(String value) {
        positionals.add(value);
    }
}
