package fiscalledger.shell.command.record;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `import FILE` records a journal file (CSV or JSON Lines) all or nothing. */
public final class ImportCommand extends ShellCommand {

    public ImportCommand() {
        super("import", "import a journal file (CSV or .jsonl), all or nothing");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(new PositionalSpec("FILE", "journal file to import", true, Values.path()));
    }

    @Override
    public String details() {
        return """
                The file is checked as a whole: if any line is wrong, every problem is listed by line and field and
                nothing is recorded. Vouchers already recorded are skipped, so importing a file twice changes nothing.
                The journal format is described in the README.
                example:
                  import journals/229001-2024.csv""";
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
        ImportReportPrinter.run(context, "import " + file.getFileName(),
                progress -> context.services().importJournal(file, progress));
    }
}
