package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.command.UseNonFiscalBalanceCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** `use-balance` records 使用非财政拨款结余 of a non-fiscal source on a function code. */
public final class UseBalanceCommand extends RecordingCommand {

    public UseBalanceCommand() {
        super("use-balance", "use non-fiscal balance (使用非财政拨款结余) to cover spending");
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
        return new UseNonFiscalBalanceCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                OptionValues.required(args, "fund", Fund::parse),
                OptionValues.required(args, "function", OptionValues::function),
                OptionValues.required(args, "amount", OptionValues::amount));
    }
}
