package fiscalledger.shell.command.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.audit.AssetLine;
import fiscalledger.projections.audit.AssetTrace;
import fiscalledger.projections.audit.CellPart;
import fiscalledger.projections.audit.CellTrace;
import fiscalledger.projections.audit.ChildAmount;
import fiscalledger.projections.audit.PostingLine;
import fiscalledger.projections.audit.Trace;
import fiscalledger.projections.audit.TracedPosting;
import fiscalledger.projections.readmodel.Movement;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.render.CsvRenderer;
import fiscalledger.shell.render.Grid;
import fiscalledger.shell.render.GridRenderer;
import fiscalledger.shell.render.OutputFormat;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;

/**
 * `trace TABLE ROW COLUMN` lists the postings that make up one cell and shows that they add up to it: the count and
 * sum in fen as the database computes them, and in 万元 equal to the printed cell. A cell of more postings than fit a
 * page is broken down by fund, month and child rows, with its first postings listed; --format csv streams every
 * posting. With --by-child a 类 or 款 row is broken down by its child rows.
 */
public final class TraceCommand extends ShellCommand {

    private static final int DEFAULT_LIMIT = 50;
    private static final List<String> POSTING_COLUMNS = List.of("seq", "凭证号", "业务日期", "摘要", "金额(元)",
            "资金来源", "功能科目", "经济科目", "支出类型", "项目", "记录人", "类别");

    public TraceCommand() {
        super("trace", "list the postings that make up one cell of a table and show they add up to it");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(
                new PositionalSpec("TABLE", "table id: 01…10, perf, balances", true, Values.tables()),
                new PositionalSpec("ROW", "row: 行次 (e.g. 32), 科目代码 (e.g. 2010301) or the printed name; balances:"
                        + " 资金来源/科目代码 as printed (一般公共预算财政拨款/2010301; GENERAL_BUDGET/2010301 also works)",
                        true, Values.none()),
                new PositionalSpec("COLUMN", "column name or number (may be left out when the table has one)", false,
                        Values.none()));
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(LedgerSelection.unitOption(false), LedgerSelection.yearOption(false),
                OptionSpec.flag("by-child", "break a 类 or 款 row down by its child rows"),
                OptionSpec.optional("limit", "N", "list the first N postings in text (default " + DEFAULT_LIMIT + ")",
                        Values.none()),
                OptionSpec.flag("all", "list every posting, however many (text and Markdown)"),
                AuditOutput.formatOption(),
                OptionSpec.optional("out", "FILE", "write to FILE instead of the screen (e.g. --format csv --out 58.csv)",
                        Values.path()));
    }

    @Override
    public String details() {
        return """
                Each posting is listed with its voucher, business date, memo, amount in 元 (negative where it counts
                against the cell, e.g. spending in a closing balance), fund, codes, project, who recorded it and the
                event's sequence number, in the order they were recorded. The last line proves the sum: the number of
                postings and their Σ as the database counts and adds them, in fen and in 万元 as printed, and the cell.
                In text the first 50 postings are listed (--limit N, --all for every one); a cell with more is also
                broken down by fund, by month and (a 类 or 款 row) by child rows. --format csv writes every posting, a
                line each as it is read, and nothing else (for exports); json and md list every posting too.
                A count of table 10 (vehicles, equipment) lists the asset-facts lines it comes from.
                A row of balances is named as printed, 资金来源/科目代码 (一般公共预算财政拨款/2010301) or the fund alone
                for its 小计; the fund may also be given by its short form or constant (一般公共预算/2010301,
                GENERAL_BUDGET/2010301, GENERAL_BUDGET), as scripts written before the table printed names do.
                examples:
                  trace 01 32                  (一般公共服务支出 of table 01)
                  trace 01 58 --format csv --out spending.csv
                  trace 03 201 基本支出 --by-child
                  trace 06 公用经费合计
                  trace 09 合计 决算数
                  trace 10 7                   (车辆数合计: the asset facts in force)
                  trace 10 政府采购合计          (row 1, printed 合计: table 10's rows also by these stable names)
                  trace perf 空白证照购置印刷 全年预算数
                  trace balances 一般公共预算财政拨款/2010301 年末结转和结余
                  as-of 2024-06-30 trace 01 60""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        if (args.has("out")) {
            Path file = context.resolve(args.required("out"));
            java.util.Optional<Path> folder = fiscalledger.shell.command.OutputFile.missingFolder(file);
            long lines = AuditOutput.toFile(file, context, c -> trace(args, c));
            folder.ifPresent(f -> context.out().println(fiscalledger.shell.command.OutputFile.createdLine(f)));
            context.out().println(String.format("wrote the trace to %s (%,d lines)", file, lines));
            return;
        }
        trace(args, context);
    }

    private void trace(Arguments args, CommandContext context) {
        LedgerKey ledger = LedgerSelection.resolve(args, context.services());
        OutputFormat format = AuditOutput.format(args);
        boolean all = args.flag("all") || format == OutputFormat.JSON || format == OutputFormat.MD;
        int limit = all ? Integer.MAX_VALUE : args.option("limit").map(TraceCommand::limit).orElse(DEFAULT_LIMIT);
        context.services().awaitReadModels();
        String table = args.positional(0).orElseThrow();
        String row = args.positional(1).orElseThrow();
        String column = args.positional(2).orElse(null);
        if (format == OutputFormat.CSV && !args.flag("by-child")) {
            csv(context, ledger, table, row, column);
            return;
        }
        Trace trace;
        try {
            trace = context.services().audit().tracer().traceCell(table, ledger, context.services().cutoff(), row,
                    column, args.flag("by-child"), limit);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        String heading = heading(trace, ledger, context);
        if (trace instanceof AssetTrace assets) {
            printAssets(context, format, heading, assets);
            return;
        }
        CellTrace cell = (CellTrace) trace;
        int decimals = cell.table().moneyDecimals();
        String proof = proof(cell.count(), cell.sum(), cell.cell(), printed(cell), decimals, cell.addsUp());
        if (args.flag("by-child")) {
            AuditOutput.print(context, format, List.of(heading), children(cell, decimals), List.of(proof));
        } else if (format != OutputFormat.TEXT || cell.complete()) {
            AuditOutput.print(context, format, List.of(heading), postings(cell.postings()), List.of(proof));
        } else {
            context.page(paged(cell, heading, proof, decimals));
        }
        failUnlessAddsUp(cell.addsUp(), cell.sum(), cell.cell());
    }

    /** A cell too big to list: its breakdowns, the first page of postings, how to get the rest, the proof. */
    private static List<String> paged(CellTrace cell, String heading, String proof, int decimals) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        if (!cell.children().isEmpty()) {
            lines.add("by child row:");
            lines.addAll(GridRenderer.render(children(cell, decimals), OutputFormat.TEXT));
        }
        // a breakdown that cannot have rows (contracts have no fund) is left out rather than printed empty
        if (!cell.byFund().isEmpty()) {
            lines.add("by fund:");
            lines.addAll(GridRenderer.render(parts("资金来源", cell.byFund(), decimals, true), OutputFormat.TEXT));
        }
        if (!cell.byMonth().isEmpty()) {
            lines.add(contracts(cell) ? "by month of signing:" : "by month of business date:");
            lines.addAll(GridRenderer.render(parts("月份", cell.byMonth(), decimals, false), OutputFormat.TEXT));
        }
        lines.add(String.format("postings, the first %,d of %,d in the order they were recorded:",
                cell.postings().size(), cell.count()));
        lines.addAll(GridRenderer.render(postings(cell.postings()), OutputFormat.TEXT));
        lines.add(String.format("… %,d more postings: use --all, --limit N or --format csv",
                cell.count() - cell.postings().size()));
        lines.add(proof);
        return lines;
    }

    /** Whether the cell is a sum of 政府采购合同 (its lines are contracts, dated by their signing). */
    private static boolean contracts(CellTrace cell) {
        return !cell.postings().isEmpty() && cell.postings().get(0).posting().movement() == Movement.CONTRACT;
    }

    /**
     * Every posting as CSV, a line each as it is read (an export of 100,000 postings holds none of them); the sum
     * of what was written is checked against the database's Σ and the cell afterwards.
     */
    private static void csv(CommandContext context, LedgerKey ledger, String table, String row, String column) {
        PrintWriter out = context.out();
        long[] written = {0, 0};
        Trace trace;
        try {
            trace = context.services().audit().tracer().streamCell(table, ledger, context.services().cutoff(), row,
                    column, new java.util.function.Consumer<>() {
                        private boolean header;

                        @Override
                        public void accept(TracedPosting t) {
                            if (!header) {
                                out.println(CsvRenderer.line(POSTING_COLUMNS));
                                header = true;
                            }
                            out.println(CsvRenderer.line(posting(t)));
                            written[0]++;
                            written[1] = Math.addExact(written[1], t.contribution().value());
                        }
                    });
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (trace instanceof AssetTrace assets) {
            printAssets(context, OutputFormat.CSV, "", assets);
            return;
        }
        CellTrace summary = (CellTrace) trace;
        if (written[0] == 0) {
            out.println(CsvRenderer.line(POSTING_COLUMNS));
        }
        out.flush();
        boolean addsUp = summary.sum().equals(summary.cell()) && written[0] == summary.count()
                && written[1] == summary.sum().value();
        failUnlessAddsUp(addsUp, Fen.of(written[1]), summary.cell());
    }

    private static void failUnlessAddsUp(boolean addsUp, Fen sum, Fen cell) {
        if (!addsUp) {
            throw new CommandFailure("the postings of the cell add up to " + sum.value() + " fen, the cell is "
                    + cell.value() + " fen: the read models need a rebuild (`replay`)");
        }
    }

    private static String heading(Trace trace, LedgerKey ledger, CommandContext context) {
        return "table " + trace.table().id() + " " + trace.table().title() + ", row " + trace.row().key()
                + (trace.row().name().isEmpty() ? "" : " " + trace.row().name()) + ", column " + trace.column()
                + ", " + ledger + AuditOutput.cutoffSuffix(context.services().cutoff());
    }

    /**
     * The proof line. What "the cell prints" is what the table prints: a zero amount prints empty there, so the proof
     * says "empty", not 0.00 万元, and an auditor comparing it with `show` finds the same thing.
     */
    private static String proof(long count, Fen sum, Fen cell, String printed, int decimals, boolean addsUp) {
        return count + (count == 1 ? " posting" : " postings") + ", Σ = " + sum.value() + " fen = "
                + AuditOutput.wan(sum, decimals) + " 万元; the cell prints "
                + (printed.isEmpty() ? "empty" : printed + " 万元")
                + (addsUp ? ": they add up" : ": THEY DO NOT ADD UP (" + cell.value() + " fen)");
    }

    /** The traced cell as `show` prints it (万元, half-up; 绩效自评 without trailing zeros; "" where it prints nothing). */
    private static String printed(CellTrace cell) {
        return cell.table().printed(cell.row(), cell.column());
    }

    private static void printAssets(CommandContext context, OutputFormat format, String heading, AssetTrace trace) {
        List<List<String>> rows = new ArrayList<>();
        for (AssetLine l : trace.lines()) {
            rows.add(List.of(String.valueOf(l.sequence()), l.voucher(), l.businessDate().toString(), l.label(),
                    String.valueOf(l.quantity()), l.status().label()));
        }
        Grid grid = new Grid(List.of("seq", "凭证号", "业务日期", "项目", "数量", "状态"),
                AuditOutput.numeric(6, 0, 4), rows);
        long inForce = trace.lines().stream().filter(AssetLine::inForce).count();
        String proof = inForce + " line" + (inForce == 1 ? "" : "s") + " of the asset facts in force"
                + trace.lines().stream().filter(AssetLine::inForce).findFirst()
                .map(l -> " (voucher " + l.voucher() + " of " + l.businessDate() + ", event #" + l.sequence() + ")")
                .orElse(" (none recorded)")
                + ", Σ = " + trace.sum() + "; the cell prints " + (trace.cell() == 0 ? "empty" : trace.cell())
                + (trace.addsUp() ? ": they add up" : ": THEY DO NOT ADD UP");
        AuditOutput.print(context, format, List.of(heading), grid, List.of(proof));
        if (!trace.addsUp()) {
            throw new CommandFailure("the asset facts in force add up to " + trace.sum() + ", the cell is "
                    + trace.cell() + ": the read models need a rebuild (`replay`)");
        }
    }

    private static int limit(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            // as for `events`: a page of no postings is no listing (the breakdowns and the proof need no --limit)
            if (n < 1) {
                throw new CommandFailure("--limit must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandFailure("--limit: '" + text + "' is not a whole number");
        }
    }

    private static Grid postings(List<TracedPosting> traced) {
        List<List<String>> rows = new ArrayList<>();
        for (TracedPosting t : traced) {
            rows.add(posting(t));
        }
        return new Grid(POSTING_COLUMNS, AuditOutput.numeric(POSTING_COLUMNS.size(), 0, 4), rows);
    }

    private static List<String> posting(TracedPosting t) {
        PostingLine p = t.posting();
        return List.of(String.valueOf(p.sequence()), p.voucher(), p.businessDate().toString(),
                p.memo() == null ? "" : p.memo(), AuditOutput.yuan(t.contribution()),
                p.fund() == null ? "" : p.fund().label(),
                p.function() == null ? "" : p.function().value(), p.economic() == null ? "" : p.economic().value(),
                p.kind() == null ? "" : p.kind().label(),
                p.movement() == Movement.CONTRACT ? contractProject(p) : p.project() == null ? "" : p.project(),
                p.recordedBy() == null ? "" : p.recordedBy(),
                p.movement().code() + (p.isReversal() ? " 冲销 " + p.reversedVoucher() : ""));
    }

    /** A 政府采购合同 line: its category with the project, so the officer sees which contract of which project. */
    private static String contractProject(PostingLine p) {
        String category = p.procurement() == null ? "" : "政府采购合同 " + p.procurement().label();
        return p.project() == null || p.project().isEmpty() ? category : category + " · " + p.project();
    }

    private static Grid children(CellTrace trace, int decimals) {
        List<List<String>> rows = new ArrayList<>();
        for (ChildAmount c : trace.children()) {
            rows.add(List.of(c.code(), c.name(), AuditOutput.wan(c.amount(), decimals), AuditOutput.yuan(c.amount()),
                    String.valueOf(c.postings())));
        }
        return new Grid(List.of("科目代码", "科目名称", "万元", "元", "postings"),
                AuditOutput.numeric(5, 2, 3, 4), rows);
    }

    private static Grid parts(String key, List<CellPart> parts, int decimals, boolean named) {
        List<List<String>> rows = new ArrayList<>();
        for (CellPart p : parts) {
            rows.add(List.of(named ? p.name() : p.key(), AuditOutput.wan(p.amount(), decimals),
                    AuditOutput.yuan(p.amount()), String.valueOf(p.postings())));
        }
        return new Grid(List.of(key, "万元", "元", "postings"), AuditOutput.numeric(4, 1, 2, 3), rows);
    }
}
