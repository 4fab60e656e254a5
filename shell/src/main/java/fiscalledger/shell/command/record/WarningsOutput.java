package fiscalledger.shell.command.record;

import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * How an import lists its warnings: grouped by kind and budget line with counts, amounts and a few examples (the
 * default), every one of them on the screen, or every one of them in a CSV file (with the grouped summary shown).
 */
record WarningsOutput(Mode mode, Path file) {

    enum Mode { SUMMARY, ALL, FILE }

    static final WarningsOutput SUMMARY = new WarningsOutput(Mode.SUMMARY, null);

    static OptionSpec option() {
        return OptionSpec.optional("warnings", "summary|all|FILE.csv", "warnings grouped by kind and budget line "
                + "(summary, the default), every one listed (all), or every one written to FILE.csv",
                Values.pathOr("summary", "all"));
    }

    /**
     * Makes sure the CSV file can be written before anything is imported: once recorded, a re-import skips every
     * voucher and gives no warnings again, so a file that cannot be written afterwards would lose them. Returns
     * true when the (empty) file was created by this check, to be removed again if the import fails.
     */
    boolean checkWritable() {
        if (mode != Mode.FILE) {
            return false;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            boolean created = !Files.exists(file);
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
            return created;
        } catch (IOException e) {
            throw new CommandFailure("cannot write the warnings to " + file + ": " + e.getMessage()
                    + "; nothing was imported");
        }
    }

    /** Removes the file {@link #checkWritable} created when the import failed before writing to it. */
    void removeIfLeftEmpty() {
        try {
            if (Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // it was only an empty placeholder; the import's own error is what the user needs to see
        }
    }

    static WarningsOutput parse(Optional<String> given, CommandContext context) {
        if (given.isEmpty()) {
            return SUMMARY;
        }
        String value = given.get().strip();
        if (value.equalsIgnoreCase("summary")) {
            return SUMMARY;
        }
        if (value.equalsIgnoreCase("all")) {
            return new WarningsOutput(Mode.ALL, null);
        }
        if (value.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return new WarningsOutput(Mode.FILE, context.resolve(value));
        }
        throw new CommandFailure("--warnings takes summary, all or a file name ending in .csv, not '" + value + "'");
    }
}
