package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.AdjustmentType;
import fiscalledger.ledger.api.BudgetLine;
import fiscalledger.ledger.api.command.AdjustBudgetCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.ArrayList;
import java.util.List;

/** `adjust` records a budget adjustment: 追加 to a line, 追减 from it, or 调剂 from one line to another. */
public final class AdjustCommand extends RecordingCommand {

    public AdjustCommand() {
        super("adjust", "adjust the budget: 追加 (add), 追减 (cut) or 调剂 (move between lines)");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        List<OptionSpec> options = new ArrayList<>();
        options.add(OptionSpec.required("type", "TYPE", "调整类型 追加 / 追减 / 调剂", Values.of(AdjustmentType.class)));
        options.addAll(BudgetLineOptions.options("", true, " (the line adjusted; for 调剂 the line money goes to)"));
        options.addAll(BudgetLineOptions.options("from-", false, " of the line money is moved from (调剂 only)"));
        options.add(OptionSpec.required("amount", "YUAN", "金额 in yuan", Values.none()));
        options.add(OptionSpec.required("document", "NO", "批复文号 approving document", Values.none()));
        return options;
    }

    @Override
    public String details() {
        return """
                example (move 50,000 yuan of 福利费 from one project to another):
                  adjust --type 调剂 --voucher TZ-2024-07 --date 2024-10-15 --document 晋审管发〔2024〕12号 --amount 50000 \\
                         --fund 一般公共预算 --function 2010301 --kind 项目支出 --project 行政运行及业务工作经费 \\
                         --from-fund 一般公共预算 --from-function 2010350 --from-kind 项目支出 --from-project 专班运行经费""";
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        AdjustmentType type = OptionValues.required(args, "type", AdjustmentType::parse);
        BudgetLine line = BudgetLineOptions.line(args, "");
        BudgetLine from = null;
        BudgetLine to = null;
        switch (type) {
            case INCREASE -> to = line;
            case DECREASE -> from = line;
            case TRANSFER -> {
                if (!BudgetLineOptions.given(args, "from-")) {
                    throw new CommandFailure("调剂 needs the line money is moved from: --from-fund, --from-function, --from-kind");
                }
                from = BudgetLineOptions.line(args, "from-");
                to = line;
            }
        }
        if (type != AdjustmentType.TRANSFER && BudgetLineOptions.given(args, "from-")) {
            throw new CommandFailure("--from-… options are for 调剂 only; " + type.label() + " adjusts one line");
        }
        return new AdjustBudgetCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(), type, from, to,
                OptionValues.required(args, "amount", OptionValues::amount), args.required("document"));
    }
}
