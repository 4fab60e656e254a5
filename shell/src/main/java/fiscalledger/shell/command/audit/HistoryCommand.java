package fiscalledger.shell.command.audit;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.projections.audit.History;
import fiscalledger.projections.audit.PostingLine;
import fiscalledger.projections.audit.TimelineEntry;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.render.Grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * `history voucher V`, `history project P`, `history line --function … --economic …` and
 * `history cell TABLE ROW COLUMN`: timelines of a voucher (recorded, reversed, by whom), of a budget line or project
 * (年初预算 → adjustments → spending by month → 结余), and of one cell month by month.
 */
public final class HistoryCommand extends ShellCommand {

    private static final List<String> COLUMNS = List.of("业务日期", "seq", "凭证号", "what", "by", "金额(元)", "running(元)",
            "detail");

    public HistoryCommand() {
        super("history", "timeline of a voucher, a budget line or project, or a table cell month by month");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(
                new PositionalSpec("WHAT", "voucher, project, line or cell", true,
                        Values.of("voucher", "project", "line", "cell")),
                new PositionalSpec("ARG", "the voucher number, the project name, or for a cell: TABLE", false,
                        Values.none()),
                new PositionalSpec("ROW", "for a cell: the row", false, Values.none()),
                new PositionalSpec("COLUMN", "for a cell: the column", false, Values.none()));
    }

    /** The second word follows the first: a project name after `project`, a table id after `cell`. */
    @Override
    public Values positionalValues(int position, List<String> before) {
        if (position == 1) {
            return switch (before.get(0)) {
                case "project" -> Values.projects();
                case "cell" -> Values.tables();
                default -> Values.none();
            };
        }
        return super.positionalValues(position, before);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(LedgerSelection.unitOption(false), LedgerSelection.yearOption(false),
                OptionSpec.optional("fund", "FUND", "budget line: 资金来源", Values.of(Fund.class)),
                OptionSpec.optional("function", "CODE", "budget line: 功能科目 (or a 类/款 prefix)", Values.functionCodes()),
                OptionSpec.optional("economic", "CODE", "budget line: 经济科目", Values.economicCodes()),
                OptionSpec.optional("kind", "KIND", "budget line: 支出类型", Values.of(SpendingKind.class)),
                OptionSpec.optional("project", "NAME", "budget line: 项目", Values.projects()),
                AuditOutput.formatOption());
    }

    @Override
    public String details() {
        return """
                history voucher searches every unit-year that --unit/--year select (all of them when neither is
                given), since each year numbers its own vouchers; project, line and cell read one unit-year: left
                out, --unit/--year default to the only one there is, or the error lists the choices.
                history line --economic CODE shows the budget line that code's spending draws on, as the ledger's
                budget check decides: the code's own line, else the line without economic code (with all it pays
                for), else the spending alone; a line under the heading says which.
                examples:
                  history voucher JZ-0042
                  history project 空白证照购置印刷
                  history line --function 2010301 --economic 30201
                  history cell 01 32
                  history cell perf 空白证照购置印刷 全年执行数""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        String what = args.positional(0).orElseThrow();
        if (what.equals("voucher")) {
            voucher(args, context);
            return;
        }
        if (!List.of("project", "line", "cell").contains(what)) {
            throw new CommandFailure("history shows a voucher, project, line or cell, not '" + what + "'");
        }
        LedgerKey ledger = LedgerSelection.resolve(args, context.services());
        context.services().awaitReadModels();
        History history = context.services().audit().history();
        var cutoff = context.services().cutoff();
        String heading;
        List<String> shown = List.of();
        List<TimelineEntry> timeline;
        try {
            switch (what) {
                case "project" -> {
                    String project = required(args, 1, "the project name");
                    heading = "project " + project + " of " + ledger;
                    timeline = history.budgetLine(ledger, cutoff, p -> p.project().equals(project), "project " + project);
                }
                case "line" -> {
                    Predicate<PostingLine> line = line(args);
                    heading = "budget line " + describe(args) + " of " + ledger;
                    EconomicCode economic = args.option("economic").map(c -> EconomicCode.of(c.strip())).orElse(null);
                    var found = history.budgetLine(ledger, cutoff, line, economic, describe(args));
                    timeline = found.timeline();
                    shown = found.shown().stream().map(s -> "  " + s).toList();
                }
                case "cell" -> {
                    String table = required(args, 1, "TABLE");
                    String row = required(args, 2, "ROW");
                    String column = args.positional(3).orElse(null);
                    heading = "table " + table + " row " + row + (column == null ? "" : " column " + column)
                            + " of " + ledger + ", month by month";
                    timeline = history.cell(table, ledger, cutoff, row, column);
                }
                default -> throw new CommandFailure("history shows a voucher, project, line or cell, not '" + what + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEntry t : timeline) {
            rows.add(row(t));
        }
        List<String> headings = new ArrayList<>(List.of(heading + AuditOutput.cutoffSuffix(cutoff)));
        headings.addAll(shown);
        AuditOutput.print(context, AuditOutput.format(args), headings,
                new Grid(COLUMNS, AuditOutput.numeric(COLUMNS.size(), 1, 5, 6), rows), List.of());
    }

    /**
     * A voucher number is kept per unit-year, so without --unit/--year (or with only one of them) every unit-year
     * selected is searched and each that holds the voucher is shown, with a ledger column when there are several.
     */
    private void voucher(Arguments args, CommandContext context) {
        String voucher = required(args, 1, "the voucher number");
        List<LedgerKey> ledgers = LedgerSelection.matching(args, context.services());
        context.services().awaitReadModels();
        History history = context.services().audit().history();
        var cutoff = context.services().cutoff();
        Map<LedgerKey, List<TimelineEntry>> found = new LinkedHashMap<>();
        for (LedgerKey ledger : ledgers) {
            try {
                found.put(ledger, history.voucher(ledger, voucher, cutoff));
            } catch (IllegalArgumentException e) {
                if (ledgers.size() == 1) {
                    throw new CommandFailure(e.getMessage());
                }
                // not in this unit-year: the others are searched
            }
        }
        if (found.isEmpty()) {
            throw new CommandFailure("no voucher '" + voucher + "' in " + ledgers.stream().map(LedgerKey::id)
                    .collect(Collectors.joining(", ")) + AuditOutput.cutoffSuffix(cutoff));
        }
        boolean several = found.size() > 1;
        List<String> columns = new ArrayList<>(several ? List.of("ledger") : List.of());
        columns.addAll(COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        found.forEach((ledger, timeline) -> timeline.forEach(t -> {
            List<String> row = new ArrayList<>(several ? List.of(ledger.id()) : List.of());
            row.addAll(row(t));
            rows.add(row);
        }));
        int shift = several ? 1 : 0;
        String heading = "voucher " + voucher + " of " + found.keySet().stream().map(LedgerKey::id)
                .collect(Collectors.joining(", "));
        AuditOutput.print(context, AuditOutput.format(args), List.of(heading + AuditOutput.cutoffSuffix(cutoff)),
                new Grid(columns, AuditOutput.numeric(columns.size(), 1 + shift, 5 + shift, 6 + shift), rows),
                List.of());
    }

    private static List<String> row(TimelineEntry t) {
        return List.of(t.date().toString(), String.valueOf(t.sequence()), t.voucher(), t.what(),
                t.by() == null ? "" : t.by(), AuditOutput.yuan(t.amount()), AuditOutput.yuan(t.running()),
                t.detail() == null ? "" : t.detail());
    }

    private static String required(Arguments args, int index, String what) {
        return args.positional(index).orElseThrow(() -> new CommandFailure("history " + args.positional(0).orElse("")
                + " needs " + what));
    }

    private static Predicate<PostingLine> line(Arguments args) {
        if (!(args.has("fund") || args.has("function") || args.has("economic") || args.has("kind")
                || args.has("project"))) {
            throw new CommandFailure("history line needs at least one of --fund, --function, --economic, --kind, --project");
        }
        Predicate<PostingLine> p = x -> true;
        if (args.has("fund")) {
            Fund fund = Fund.parse(args.required("fund"));
            p = p.and(x -> x.fund() == fund);
        }
        if (args.has("function")) {
            String prefix = args.required("function").strip();
            p = p.and(x -> x.function().value().startsWith(prefix));
        }
        // --economic is not a filter here: which budget line a code draws on is History.budgetLine's to decide
        if (args.has("kind")) {
            SpendingKind kind = SpendingKind.parse(args.required("kind"));
            p = p.and(x -> x.kind() == kind);
        }
        if (args.has("project")) {
            String project = args.required("project");
            p = p.and(x -> x.project().equals(project));
        }
        return p;
    }

    private static String describe(Arguments args) {
        List<String> parts = new ArrayList<>();
        for (String o : List.of("fund", "function", "economic", "kind", "project")) {
            args.option(o).ifPresent(v -> parts.add(v));
        }
        return String.join("/", parts);
    }
}
