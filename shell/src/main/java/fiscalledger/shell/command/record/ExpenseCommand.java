package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** `expense` records an expenditure with every dimension the tables need. */
public final class ExpenseCommand extends RecordingCommand {

    public ExpenseCommand() {
        super("expense", "record an expenditure (支出)");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("fund", "FUND", "资金来源 fund", Values.of(Fund.class)),
                OptionSpec.required("function", "CODE", "功能科目 7-digit function code", Values.functionCodes()),
                OptionSpec.required("economic", "CODE", "经济科目 5-digit economic code", Values.economicCodes()),
                OptionSpec.required("kind", "KIND", "支出类型 spending kind", Values.of(SpendingKind.class)),
                OptionSpec.optional("project", "NAME", "项目 project name (项目支出)", Values.projects()),
                OptionSpec.required("amount", "YUAN", "金额 in yuan", Values.none()),
                OptionSpec.optional("procurement", "CATEGORY", "采购类别 货物 / 工程 / 服务 when 政府采购",
                        Values.of(ProcurementCategory.class)),
                OptionSpec.optional("sme-amount", "YUAN", "中小企业金额 part awarded to SMEs", Values.none()),
                OptionSpec.optional("small-micro-amount", "YUAN", "小微企业金额 part of that to small/micro firms",
                        Values.none()));
    }

    @Override
    public String details() {
        return """
                example:
                  expense --voucher 2024-0312 --date 2024-03-12 --fund 一般公共预算 --function 2010301 \\
                          --economic 30201 --kind 公用经费 --amount 1250.00 --memo 办公用品""";
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        ProcurementCategory procurement = OptionValues.optional(args, "procurement", ProcurementCategory::parse).orElse(null);
        Fen sme = OptionValues.optional(args, "sme-amount", Fen::parseYuan).orElse(Fen.ZERO);
        Fen smallMicro = OptionValues.optional(args, "small-micro-amount", Fen::parseYuan).orElse(Fen.ZERO);
        if (procurement == null && !(sme.isZero() && smallMicro.isZero())) {
            throw new CommandFailure("--sme-amount and --small-micro-amount need --procurement (货物 / 工程 / 服务)");
        }
        return new RecordExpenditureCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                OptionValues.required(args, "fund", Fund::parse),
                OptionValues.required(args, "function", OptionValues::function),
                OptionValues.required(args, "economic", OptionValues::economic),
                OptionValues.required(args, "kind", SpendingKind::parse),
                args.option("project").orElse(""), procurement, sme, smallMicro,
                OptionValues.required(args, "amount", OptionValues::amount));
    }
}
