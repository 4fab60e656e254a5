package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.command.DistributeSurplusCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** `distribute` records 结余分配 of a non-fiscal source on a function code. */
public final class DistributeCommand extends RecordingCommand {

    public DistributeCommand() {
        super("distribute", "record a surplus distribution (结余分配)");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("fund", "SOURCE", "资金来源 non-fiscal source, e.g. 其他收入", Values.of(Fund.class)),
                OptionSpec.required("function", "CODE", "功能科目 7-digit function code", Values.functionCodes()),
                OptionSpec.required("amount", "YUAN", "金额 in yuan", Values.none()));
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new DistributeSurplusCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                OptionValues.required(args, "fund", Fund::parse),
                OptionValues.required(args, "function", OptionValues::function),
                OptionValues.required(args, "amount", OptionValues::amount));
    }
}
