package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.ReceiveOtherIncomeCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** `income` records non-fiscal income (上级补助, 事业, 经营, 附属单位上缴, 其他收入). */
public final class IncomeCommand extends RecordingCommand {

    public IncomeCommand() {
        super("income", "record non-fiscal income (上级补助 / 事业 / 经营 / 附属单位上缴 / 其他收入)");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("fund", "SOURCE", "收入来源, e.g. 其他收入", Values.of(Fund.class)),
                OptionSpec.required("function", "CODE", "功能科目 7-digit function code", Values.functionCodes()),
                OptionSpec.required("amount", "YUAN", "金额 in yuan", Values.none()));
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new ReceiveOtherIncomeCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                OptionValues.required(args, "fund", Fund::parse),
                OptionValues.required(args, "function", OptionValues::function),
                OptionValues.required(args, "amount", OptionValues::amount));
    }
}
