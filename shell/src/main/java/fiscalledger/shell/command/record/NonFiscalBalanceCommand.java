package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.time.LocalDate;
import java.util.List;

/**
 * The two movements of a non-fiscal balance (使用非财政拨款结余, 结余分配) take the same options — a source, a
 * function code and an amount — and differ only in the ledger command they record.
 */
abstract class NonFiscalBalanceCommand extends RecordingCommand {

    /** Builds the ledger command from the entry header and the three options. */
    @FunctionalInterface
    interface Movement {
        LedgerCommand of(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, Fund source,
                         FunctionCode function, Fen amount);
    }

    private final Movement movement;

    NonFiscalBalanceCommand(String name, String help, Movement movement) {
        super(name, help);
        this.movement = movement;
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
        return movement.of(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                OptionValues.required(args, "fund", Fund::parse),
                OptionValues.required(args, "function", OptionValues::function),
                OptionValues.required(args, "amount", OptionValues::amount));
    }
}
