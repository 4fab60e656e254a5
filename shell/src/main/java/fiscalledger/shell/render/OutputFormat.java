package fiscalledger.shell.render;

import fiscalledger.shell.command.CommandFailure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats `show` and `sql` print in. Each is stable so that reports can be diffed run to run. */
public enum OutputFormat {
    TEXT, CSV, JSON, MD;

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("format '" + text + "' is unknown; use one of " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    public static String[] choices() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }
}
