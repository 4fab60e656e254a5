package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.WarningSubject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings of one import about the same thing: one kind, one unit-year, one budget line (or project, or voucher).
 * Twenty thousand lines spending beyond one budget line are one group with a count and the amount beyond budget.
 * Warnings that say nothing of what they concern are grouped by the field they name.
 */
record WarningGroup(WarningSubject.Kind kind, String ledger, String subject, List<EntryProblem> warnings) {

    /** Groups in the order a finance officer reads them: by kind, then unit-year, then the largest amount first. */
    static List<WarningGroup> of(List<EntryProblem> warnings) {
        Map<List<Object>, List<EntryProblem>> byKey = new LinkedHashMap<>();
        for (EntryProblem w : warnings) {
            WarningSubject about = w.about();
            List<Object> key = about == null
                    ? List.of("", "", w.field() == null ? "" : w.field())
                    : List.of(about.kind(), about.ledger(), about.subject());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        List<WarningGroup> groups = new ArrayList<>();
        byKey.forEach((key, list) -> groups.add(new WarningGroup(
                key.get(0) instanceof WarningSubject.Kind k ? k : null, (String) key.get(1), (String) key.get(2),
                List.copyOf(list))));
        groups.sort(Comparator.comparing((WarningGroup g) -> g.kind() == null ? Integer.MAX_VALUE : g.kind().ordinal())
                .thenComparing(WarningGroup::ledger)
                .thenComparing(Comparator.comparing(WarningGroup::beyond).reversed())
                .thenComparing(WarningGroup::subject));
        return groups;
    }

    /**
     * The amount beyond budget: for spending beyond a line, how far the line stands beyond its 全年预算 after the last
     * entry of the import (each warning carries the running excess, so the last one is the total); for spending with
     * no budget line, all of it; otherwise the amounts the entries carry (contracts on unbudgeted projects).
     */
    Fen beyond() {
        if (kind == WarningSubject.Kind.OVERSPEND) {
            return warnings.get(warnings.size() - 1).about().beyond();
        }
        Fen sum = Fen.ZERO;
        for (EntryProblem w : warnings) {
            if (w.about() != null) {
                sum = sum.plus(kind == WarningSubject.Kind.NO_BUDGET_LINE ? w.about().beyond() : w.about().amount());
            }
        }
        return sum;
    }

    /** One line: what, where, how many, how much. */
    String headline() {
        int n = warnings.size();
        String entries = String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " entry" : " entries");
        if (kind == null) {
            return "other warnings" + (subject.isEmpty() ? "" : " on " + subject) + ": " + entries;
        }
        String where = kind.label() + " · " + ledger + " · " + subject + ": " + entries;
        return switch (kind) {
            case OVERSPEND -> where + ", the line now stands " + yuan(beyond()) + " 元 beyond its 全年预算";
            case NO_BUDGET_LINE -> where + ", " + yuan(beyond()) + " 元 spent without a 全年预算";
            case PROJECT_WITHOUT_BUDGET -> beyond().isZero() ? where : where + ", " + yuan(beyond()) + " 元";
            case VOUCHER_CONFLICT -> where + " skipped";
        };
    }

    static String yuan(Fen amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.toYuan());
    }
}
