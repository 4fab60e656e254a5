package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.command.ApproveInitialBudgetCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.ArrayList;
import java.util.List;

/** `budget` records the 年初预算 of one budget line. */
public final class BudgetCommand extends RecordingCommand {

    public BudgetCommand() {
        super("budget", "record the initial budget (年初预算) of one budget line");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        List<OptionSpec> options = new ArrayList<>(BudgetLineOptions.options("", true, ""));
        options.add(OptionSpec.required("amount", "YUAN", "金额 in yuan", Values.none()));
        return options;
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new ApproveInitialBudgetCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                BudgetLineOptions.line(args, ""), OptionValues.required(args, "amount", OptionValues::amount));
    }
}
