package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.ReceiveAppropriationCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** `appropriation` records 财政拨款 received from the finance department. */
public final class AppropriationCommand extends RecordingCommand {

    public AppropriationCommand() {
        super("appropriation", "record a fiscal appropriation (财政拨款) received");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("fund", "FUND", "资金来源: 一般公共预算 / 政府性基金预算 / 国有资本经营预算",
                        Values.of(Fund.class)),
                OptionSpec.required("function", "CODE", "功能科目 7-digit function code", Values.functionCodes()),
                OptionSpec.required("amount", "YUAN", "金额 in yuan", Values.none()));
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new ReceiveAppropriationCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                OptionValues.required(args, "fund", Fund::parse),
                OptionValues.required(args, "function", OptionValues::function),
                OptionValues.required(args, "amount", OptionValues::amount));
    }
}
