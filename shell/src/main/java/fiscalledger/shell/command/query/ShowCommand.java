package fiscalledger.shell.command.query;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.table.TableView;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.OutputFile;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.render.MoneyUnit;
import fiscalledger.shell.render.OutputFormat;
import fiscalledger.shell.render.TableRenderer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** `show TABLE` prints one public table of a unit-year as text, CSV, JSON or Markdown, to the screen or a file. */
public final class ShowCommand extends ShellCommand {

    public ShowCommand() {
        super("show", "print a public table (01…10, perf, notes, balances) of a unit-year");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(new PositionalSpec("TABLE", "table id: 01…10, perf, notes, balances (see `tables`)", true,
                Values.tables()));
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                LedgerSelection.unitOption(false),
                LedgerSelection.yearOption(false),
                OptionSpec.optional("format", "text|csv|json|md", "output format (default text)",
                        Values.of(OutputFormat.choices())),
                OptionSpec.flag("yuan", "amounts in 元 (exact) instead of 万元"),
                OptionSpec.optional("out", "FILE", "write to FILE instead of the screen (missing folders are created, and"
                        + " said so)", Values.path()));
    }

    @Override
    public String details() {
        return """
                --unit and --year may be left out when the store leaves one choice (one unit-year, a unit with one
                year, a year with one unit); otherwise the error lists the unit-years, years or units to choose from.
                Text and md print the table as published: the header block (部门名称/单位名称, 年度, 金额单位), the
                publication's row labels, heads (项目 行次, 科目代码 科目名称) and section headings, and its notes (注：…).
                CSV has the header 行次/科目代码,项目/科目名称 then the table's columns, one line per printed row,
                amounts as printed (万元, empty where the table prints nothing). balances keys its rows by 资金来源 and
                科目代码 (一般公共预算财政拨款/2010301, named 行政运行; 一般公共预算财政拨款 alone for its 小计): the key
                `trace balances` takes.
                examples:
                  show 01
                  show 02 --unit 229001 --year 2024 --format csv --out 02.csv
                  show perf --format md""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        String tableId = tableId(args.positional(0).orElseThrow(), context.services().tableIds());
        OutputFormat format = args.option("format").map(OutputFormat::parse).orElse(OutputFormat.TEXT);
        MoneyUnit unit = args.flag("yuan") ? MoneyUnit.YUAN : MoneyUnit.WAN;
        LedgerKey ledger = LedgerSelection.resolve(args, context.services());
        TableView table = context.services().table(tableId, ledger);
        List<String> lines = TableRenderer.render(table, format, unit);
        if (args.has("out")) {
            Path file = context.resolve(args.required("out"));
            Optional<Path> folder = OutputFile.missingFolder(file);
            OutputFiles.write(file, lines);
            folder.ifPresent(f -> context.out().println(OutputFile.createdLine(f)));
            context.out().println("wrote table " + tableId + " of " + ledger + " to " + file + " ("
                    + table.rows().size() + " rows)");
        } else if (format == OutputFormat.TEXT) {
            context.page(lines);
        } else {
            lines.forEach(context.out()::println);
        }
    }

    /** Accepts "1" for "01", as people type it. */
    static String tableId(String given, List<String> known) {
        String id = given.strip();
        if (id.matches("\\d")) {
            id = "0" + id;
        }
        if (!known.contains(id)) {
            throw new CommandFailure("table '" + given + "' is unknown; tables are " + String.join(", ", known));
        }
        return id;
    }
}
