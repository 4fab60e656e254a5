package fiscalledger.shell.command.query;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.OutputFile;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.render.Grid;
import fiscalledger.shell.render.GridRenderer;
import fiscalledger.shell.render.OutputFormat;
import fiscalledger.shell.service.QueryResult;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `sql SELECT …` runs a query on the read models over a read-only connection. */
public final class SqlCommand extends ShellCommand {

    // the options come before the query; the query itself is passed on exactly as typed, quotes and all
    private static final Pattern OPTION = Pattern.compile(
            "^\\s*--(format|out)(?:=|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)\\s*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    public SqlCommand() {
        super("sql", "run a read-only SQL query on the read models (a write is refused)");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.optional("format", "text|csv|json|md", "output format (default text)",
                        Values.of(OutputFormat.choices())),
                OptionSpec.optional("out", "FILE", "write to FILE instead of the screen (e.g. --format csv --out q.csv)",
                        Values.path()));
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(new PositionalSpec("QUERY", "SQL query SELECT …, as typed (quotes and all), after the options", true,
                Values.none()));
    }

    /** The options come first, so the usage says so (the generic one puts positionals first). */
    @Override
    public String usage() {
        return "sql [--format text|csv|json|md] [--out FILE] QUERY";
    }

    @Override
    public boolean takesFreeText() {
        return true;
    }

    @Override
    public String details() {
        return """
                The options come before the query. The connection is read-only: INSERT, UPDATE, DELETE and DDL are
                refused by the database. On the screen a query may return at most 10,000 rows: a larger one prints
                nothing and fails, saying so (aggregate or narrow it); --out FILE has no limit and writes every row,
                however many, as they are read. In --format json a number column (BIGINT, INTEGER, DECIMAL, …) gives
                JSON numbers, exact as stored (null for NULL); every other value is a string, as printed.
                The read models: postings (one row per money movement: unit, fiscal_year, seq, voucher,
                business_date, movement, fund, function_code, economic_code, kind, project, amount_fen, …),
                ledgers, asset_facts, performance_evaluations, performance_indicators, procurement_contracts, and
                the views balances, budget, budget_projects. Amounts are in fen (1 元 = 100 fen).
                examples:
                  sql SELECT fund, SUM(amount_fen) FROM postings GROUP BY fund
                  sql --format csv --out postings-229001.csv SELECT * FROM postings WHERE unit = '229001'
                  sql SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        String query = args.rawText();
        OutputFormat format = args.option("format").map(OutputFormat::parse).orElse(OutputFormat.TEXT);
        String out = args.option("out").orElse(null);
        // the parser has read the options' values (quotes removed); here they are cut off the raw query text
        for (Matcher m = OPTION.matcher(query); m.find(); m = OPTION.matcher(query)) {
            query = query.substring(m.end());
        }
        query = query.strip();
        if (query.isEmpty()) {
            // asked for at the terminal: the answer is the whole query
            query = String.join(" ", args.positionals()).strip();
        }
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        if (query.isEmpty()) {
            throw new CommandFailure("no query given; usage: sql [--format csv] SELECT …");
        }
        if (out != null) {
            // an export gets every row, however many, written as read: the limit below is for the screen
            Path file = context.resolve(out);
            String sql = query;
            java.util.Optional<Path> folder = OutputFile.missingFolder(file);
            long rows = SqlExport.write(file, format, receiver -> context.services().sql(sql, receiver));
            folder.ifPresent(f -> context.out().println(OutputFile.createdLine(f)));
            context.out().println("wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + file);
            return;
        }
        QueryResult result = context.services().sql(query);
        List<String> lines = format == OutputFormat.JSON
                ? List.of(GridRenderer.json(result.columns(), result.rows(), result.numbers()))
                : GridRenderer.render(grid(result), format);
        if (format == OutputFormat.TEXT) {
            context.page(lines);
            context.out().println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
        } else {
            lines.forEach(context.out()::println);
        }
    }

    /** A value of a right-aligned column: a number, or NULL. */
    static boolean isNumber(String value) {
        return value == null || NUMBER.matcher(value).matches();
    }

    private static Grid grid(QueryResult result) {
        List<Boolean> numeric = new java.util.ArrayList<>();
        for (int c = 0; c < result.columns().size(); c++) {
            final int column = c;
            numeric.add(!result.rows().isEmpty() && result.rows().stream()
                    .map(r -> r.get(column)).allMatch(SqlCommand::isNumber));
        }
        return new Grid(result.columns(), numeric, result.rows());
    }
}
