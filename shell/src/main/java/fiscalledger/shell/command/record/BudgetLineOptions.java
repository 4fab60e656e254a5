package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.BudgetLine;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** The options that name a budget line (fund, function, kind, project, economic), optionally with a prefix (from-). */
final class BudgetLineOptions {

    private BudgetLineOptions() {
    }

    static List<OptionSpec> options(String prefix, boolean required, String role) {
        return List.of(
                new OptionSpec(prefix + "fund", "FUND", "资金来源 fund" + role, required, false, Values.of(Fund.class)),
                new OptionSpec(prefix + "function", "CODE", "功能科目 7-digit function code" + role, required, false,
                        Values.functionCodes()),
                new OptionSpec(prefix + "kind", "KIND", "支出类型 spending kind" + role, required, false,
                        Values.of(SpendingKind.class)),
                OptionSpec.optional(prefix + "project", "NAME", "项目 project name (项目支出)" + role, Values.projects()),
                OptionSpec.optional(prefix + "economic", "CODE", "经济科目 5-digit economic code" + role
                        + ", where the budget is set by it", Values.economicCodes()));
    }

    static BudgetLine line(Arguments args, String prefix) {
        return new BudgetLine(
                OptionValues.required(args, prefix + "fund", Fund::parse),
                OptionValues.required(args, prefix + "function", OptionValues::function),
                OptionValues.required(args, prefix + "kind", SpendingKind::parse),
                args.option(prefix + "project").orElse(""),
                OptionValues.optional(args, prefix + "economic", OptionValues::economic).orElse(null));
    }

    static boolean given(Arguments args, String prefix) {
        return args.has(prefix + "fund") || args.has(prefix + "function") || args.has(prefix + "kind");
    }
}
