package fiscalledger.ledger.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fiscalledger.ledger.api.BudgetLine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 全年预算 per budget line and spending per line, kept up to date with every entry. An expenditure draws on the line
 * with its fund/function/kind/project and economic code if the budget has one, otherwise on the line without economic
 * code: spending is kept per both keys, so a line approved late still sees what was spent on it before.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class BudgetBook {

    private static final char SEPARATOR = '\u001f';

    private Map<String, Long> budget = new HashMap<>();
    private Map<String, Long> spentWithEconomic = new HashMap<>();
    private Map<String, Long> spentWithoutEconomic = new HashMap<>();

    /** What an expenditure would draw on: the line's key and description, its 全年预算 and what is spent on it. */
    record Draw(String key, BudgetLine line, long budget, long spent) {
    }

    static String key(BudgetLine line) {
        return line.fund().name() + SEPARATOR + line.function().value() + SEPARATOR + line.kind().name() + SEPARATOR
                + line.project() + SEPARATOR + (line.economic() == null ? "" : line.economic().value());
    }

    private static String withoutEconomic(String key) {
        return key.substring(0, key.lastIndexOf(SEPARATOR) + 1);
    }

    long budgetOf(String key) {
        return budget.getOrDefault(key, 0L);
    }

    boolean hasLine(String key) {
        return budget.containsKey(key);
    }

    boolean hasProject(String project) {
        String marker = SEPARATOR + project + SEPARATOR;
        return budget.keySet().stream().anyMatch(k -> k.contains(marker));
    }

    void addBudget(String key, long amount) {
        budget.merge(key, amount, Long::sum);
    }

    void addSpending(String expenditureKey, long amount) {
        spentWithEconomic.merge(expenditureKey, amount, Long::sum);
        spentWithoutEconomic.merge(withoutEconomic(expenditureKey), amount, Long::sum);
    }

    Optional<Draw> drawFor(BudgetLine expenditure) {
        String exact = key(expenditure);
        if (budget.containsKey(exact)) {
            return Optional.of(new Draw(exact, expenditure, budget.get(exact), spentWithEconomic.getOrDefault(exact, 0L)));
        }
        String general = withoutEconomic(exact);
        if (!budget.containsKey(general)) {
            return Optional.empty();
        }
        // the general line pays for every economic code that has no line of its own
        long spent = spentWithoutEconomic.getOrDefault(general, 0L);
        for (String key : budget.keySet()) {
            if (!key.equals(general) && key.startsWith(general)) {
                spent -= spentWithEconomic.getOrDefault(key, 0L);
            }
        }
        return Optional.of(new Draw(general, expenditure.withoutEconomic(), budget.get(general), spent));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetBook other && budget.equals(other.budget)
                && spentWithEconomic.equals(other.spentWithEconomic)
                && spentWithoutEconomic.equals(other.spentWithoutEconomic);
    }

    @Override
    public int hashCode() {
        return budget.hashCode();
    }
}
