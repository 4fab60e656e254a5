package fiscalledger.ledger.api.command;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command broke a ledger rule: nothing was recorded. Carries every problem found (entry, field, why), so the shell
 * can print them and the importer can point at lines. Thrown unchanged through the local command gateway.
 */
public class LedgerRuleException extends RuntimeException {

    private final List<EntryProblem> problems;

    public LedgerRuleException(List<EntryProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public LedgerRuleException(EntryProblem problem) {
        this(List.of(problem));
    }

    /** The first (for a single command usually the only) problem. */
    public EntryProblem problem() {
        return problems.get(0);
    }

    public List<EntryProblem> problems() {
        return problems;
    }

    private static String describe(List<EntryProblem> problems) {
        return problems.stream().map(EntryProblem::toString).collect(Collectors.joining("\n"));
    }
}
