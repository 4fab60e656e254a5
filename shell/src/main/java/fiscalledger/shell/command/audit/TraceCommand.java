package fiscalledger.shell.command.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.audit.CellTrace;
import fiscalledger.projections.audit.ChildAmount;
import fiscalledger.projections.audit.PostingLine;
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
import fiscalledger.shell.render.Grid;
import fiscalledger.shell.render.OutputFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * `trace TABLE ROW COLUMN` lists the postings that make up one cell and shows that they add up to it: the sum in
 * fen, and in 万元 equal to the printed cell. With --by-child a 类 or 款 row is broken down by its child rows.
 */
public final class TraceCommand extends ShellCommand {

    private static final List<String> POSTING_COLUMNS = List.of("seq", "凭证号", "业务日期", "摘要", "金额(元)",
            "资金来源", "功能科目", "经济科目", "支出类型", "项目", "记录人", "类别");

    public TraceCommand() {
        super("trace", "list the postings that make up one cell of a table and show they add up to it");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(
                new PositionalSpec("TABLE", "table id: 01…10, perf, balances", true, Values.tables()),
                new PositionalSpec("ROW", "row: 行次 (e.g. 32), 科目代码 (e.g. 2010301) or the printed name", true,
                        Values.none()),
                new PositionalSpec("COLUMN", "column name or number (may be left out when the table has one)", false,
                        Values.none()));
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(LedgerSelection.unitOption(false), LedgerSelection.yearOption(false),
                OptionSpec.flag("by-child", "break a 类 or 款 row down by its child rows"),
                AuditOutput.formatOption());
    }

    @Override
    public String details() {
        return """
                Each posting is listed with its voucher, business date, memo, amount in 元 (negative where it counts
                against the cell, e.g. spending in a closing balance), fund, codes, project, who recorded it and the
                event's sequence number. The last line proves the sum: Σ in fen, in 万元 as printed, and the cell.
                examples:
                  trace 01 32                  (一般公共服务支出 of table 01)
                  trace 03 201 基本支出 --by-child
                  trace perf 空白证照购置印刷 全年预算数
                  trace balances GENERAL_BUDGET/2010301 年末结转和结余
                  as-of 2024-06-30 trace 01 60""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        LedgerKey ledger = LedgerSelection.resolve(args, context.services());
        context.services().awaitReadModels();
        CellTrace trace;
        try {
            trace = context.services().audit().tracer().trace(args.positional(0).orElseThrow(), ledger,
                    context.services().cutoff(), args.positional(1).orElseThrow(), args.positional(2).orElse(null),
                    args.flag("by-child"));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        OutputFormat format = AuditOutput.format(args);
        int decimals = trace.table().moneyDecimals();
        String cell = "table " + trace.table().id() + " " + trace.table().title() + ", row " + trace.row().key()
                + (trace.row().name().isEmpty() ? "" : " " + trace.row().name()) + ", column " + trace.column()
                + ", " + ledger + AuditOutput.cutoffSuffix(context.services().cutoff());
        String proof = trace.postings().size() + " postings, Σ = " + trace.sum().value() + " fen = "
                + AuditOutput.wan(trace.sum(), decimals) + " 万元; the cell prints "
                + AuditOutput.wan(trace.cell(), decimals) + " 万元"
                + (trace.addsUp() ? ": they add up" : ": THEY DO NOT ADD UP (" + trace.cell().value() + " fen)");
        Grid grid = args.flag("by-child") ? children(trace, decimals) : postings(trace);
        AuditOutput.print(context, format, List.of(cell), grid, List.of(proof));
        if (!trace.addsUp()) {
            throw new CommandFailure("the postings of the cell add up to " + trace.sum().value() + " fen, the cell is "
                    + trace.cell().value() + " fen: the read models need a rebuild (`replay`)");
        }
    }

    private static Grid postings(CellTrace trace) {
        List<List<String>> rows = new ArrayList<>();
        for (TracedPosting t : trace.postings()) {
            PostingLine p = t.posting();
            rows.add(List.of(String.valueOf(p.sequence()), p.voucher(), p.businessDate().toString(),
                    p.memo() == null ? "" : p.memo(), AuditOutput.yuan(t.contribution()), p.fund() == null ? "" : p.fund().label(),
                    p.function() == null ? "" : p.function().value(), p.economic() == null ? "" : p.economic().value(),
                    p.kind() == null ? "" : p.kind().label(),
                    p.movement() == Movement.CONTRACT ? contractProject(p) : p.project(),
                    p.recordedBy() == null ? "" : p.recordedBy(),
                    p.movement().code() + (p.isReversal() ? " 冲销 " + p.reversedVoucher() : "")));
        }
        return new Grid(POSTING_COLUMNS, AuditOutput.numeric(POSTING_COLUMNS.size(), 0, 4), rows);
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
}
