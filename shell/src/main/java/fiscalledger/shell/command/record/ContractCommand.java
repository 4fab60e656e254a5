package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordProcurementContractCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/**
 * `contract` records a 政府采购合同 on its signing date: what table 10's 政府采购 and the 说明's SME figures count
 * (the payments under it are `expense` entries of their own).
 */
public final class ContractCommand extends RecordingCommand {

    public ContractCommand() {
        super("contract", "record a 政府采购合同 (category, contract amount, SME parts) on its signing date");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("procurement", "CATEGORY", "采购类别 货物 / 工程 / 服务",
                        Values.of(ProcurementCategory.class)),
                OptionSpec.required("amount", "YUAN", "合同金额 contract amount in yuan", Values.none()),
                OptionSpec.optional("sme-amount", "YUAN", "授予中小企业合同金额 part awarded to SMEs", Values.none()),
                OptionSpec.optional("small-micro-amount", "YUAN", "授予小微企业合同金额 part of that to small/micro firms",
                        Values.none()),
                OptionSpec.optional("project", "NAME", "项目 the project it is bought for", Values.projects()),
                OptionSpec.optional("supplier", "NAME", "供应商 supplier", Values.none()));
    }

    @Override
    public String details() {
        return """
                example:
                  contract --voucher 合同-2024-023 --date 2024-12-19 --procurement 服务 --amount 694500.00 \\
                           --sme-amount 694500.00 --small-micro-amount 694500.00 --project 行政运行及业务工作经费 \\
                           --memo 公共资源交易平台数据治理服务合同""";
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new RecordProcurementContractCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                args.option("project").orElse(""),
                OptionValues.required(args, "procurement", ProcurementCategory::parse),
                OptionValues.required(args, "amount", OptionValues::amount),
                OptionValues.optional(args, "sme-amount", Fen::parseYuan).orElse(Fen.ZERO),
                OptionValues.optional(args, "small-micro-amount", Fen::parseYuan).orElse(Fen.ZERO),
                args.option("supplier").orElse(""));
    }
}
