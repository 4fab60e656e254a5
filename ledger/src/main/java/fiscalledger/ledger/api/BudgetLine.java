package fiscalledger.ledger.api;

import java.util.Objects;

/**
 * One line of the budget (预算指标): which fund, function code (项), kind of spending, project and, where the
 * budget is set at that level (三公, or a project's economic breakdown), economic code. {@code project} is empty
 * for basic spending; {@code economic} is null when the line is not broken down by economic code.
 */
public record BudgetLine(Fund fund, FunctionCode function, SpendingKind kind, String project, EconomicCode economic) {

    public BudgetLine {
        Objects.requireNonNull(fund, "budget line needs a fund");
        Objects.requireNonNull(function, "budget line needs a function code");
        Objects.requireNonNull(kind, "budget line needs a spending kind");
        project = project == null ? "" : project.strip();
    }

    public boolean hasProject() {
        return !project.isEmpty();
    }

    /** The line an expenditure with these dimensions draws on, when the budget is not set per economic code. */
    public BudgetLine withoutEconomic() {
        return economic == null ? this : new BudgetLine(fund, function, kind, project, null);
    }

    /** A short human form for messages: 一般公共预算财政拨款/2010302/项目支出/空白证照购置印刷/30202. */
    public String describe() {
        return fund.label() + "/" + function + "/" + kind.label() + (hasProject() ? "/" + project : "")
                + (economic == null ? "" : "/" + economic);
    }
}
