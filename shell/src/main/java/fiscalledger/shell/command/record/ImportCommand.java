package fiscalledger.shell.command.record;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `import FILE` records a journal file (CSV or JSON Lines) all or nothing. */
public final class ImportCommand extends ShellCommand {
    private static final String[] ENCODINGS = {"UTF-8", "GBK", "GB18030"};

    public ImportCommand() {
        super("import", "import a journal file (CSV or .jsonl), all or nothing");
    }

    @Override
    public final boolean records() {
        return true;
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(new PositionalSpec("FILE", "journal file to import", true, Values.path()));
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(WarningsOutput.option(),
                OptionSpec.optional("encoding", "UTF-8|GBK|GB18030", "the file's encoding (default UTF-8, with or"
                        + " without BOM); GBK for a \"CSV\" saved by an older Chinese Excel", Values.of(ENCODINGS)));
    }

    @Override
    public String details() {
        return """
                The file is checked as a whole: if any line is wrong, every problem is listed by line and field and
                nothing is recorded. Vouchers already recorded are skipped, so importing a file twice changes nothing.
                Warnings (spending beyond or without a budget line, …) are grouped by kind, unit-year and budget line
                with their count, the amount beyond budget and the first examples with their lines; --warnings all
                lists every one, --warnings FILE.csv writes every one to a CSV file.
                A file is read as UTF-8 (Excel's "CSV UTF-8"); a plain "CSV" from an older Chinese Excel is GBK: import
                it with --encoding GBK (GB18030 for characters GBK lacks). Nothing is guessed: a byte that is not of the
                encoding is listed as the file's problem with its line, and a file that is plainly of another encoding
                (a UTF-8 file said to be GBK) is refused saying so.
                The journal format is described in the README.
                examples:
                  import journals/229001-2024.csv
                  import journals/229001-2024.csv --warnings warnings.csv
                  import 凭证-2024-03.csv --encoding GBK""";
    }

    /** The option's name as the Charset the journal reader decodes with; CP936 and UTF8 are the names Windows tools use. */
    private static Charset encoding(String name) {
        return switch (name.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GBK", "CP936" -> Charset.forName("GBK");
            case "GB18030" -> Charset.forName("GB18030");
            default -> throw new CommandFailure("--encoding '" + name + "' is not one the import reads; it reads "
                    + String.join(", ", ENCODINGS) + ": UTF-8 (the default) for Excel's \"CSV UTF-8\", GBK for a plain"
                    + " \"CSV\" from an older Chinese Excel, GB18030 for one with characters GBK lacks");
        };
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        Path file = context.resolve(args.positional(0).orElseThrow());
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new CommandFailure("cannot read " + file + ": permission denied");
        }
        Charset encoding = encoding(args.option("encoding").orElse("UTF-8"));
        WarningsOutput warnings = WarningsOutput.parse(args.option("warnings"), context);
        boolean created = warnings.checkWritable();
        try {
            ImportReportPrinter.run(context, "import " + file.getFileName(), warnings,
                    progress -> context.services().importJournal(file, encoding, progress));
        } catch (RuntimeException e) {
            if (created) {
                warnings.removeIfLeftEmpty();
            }
            throw e;
        }
    }
}
