package fiscalledger.shell.command.query;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.service.IdentityResult;

import java.util.List;

/** `check` runs every identity (勾稽关系) on a unit-year; the command fails when any of them does not hold. */
public final class CheckCommand extends ShellCommand {

    public CheckCommand() {
        super("check", "check every identity (勾稽关系) of a unit-year's tables; fails if one does not hold");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(LedgerSelection.unitOption(false), LedgerSelection.yearOption(false));
    }

    @Override
    public String details() {
        return """
                --unit and --year may be left out when the store leaves one choice (one unit-year, a unit with one
                year, a year with one unit); otherwise the error lists the unit-years, years or units to choose from.
                examples:
                  check
                  check --unit 229001 --year 2024
                  as-of 2024-06-30 check""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        LedgerKey ledger = LedgerSelection.resolve(args, context.services());
        List<IdentityResult> results = context.services().check(ledger);
        context.page(results.stream()
                .map(r -> (r.holds() ? "PASS  " : "FAIL  ") + r.name() + (r.figures().isEmpty() ? "" : ": " + r.figures()))
                .toList());
        List<IdentityResult> failed = results.stream().filter(r -> !r.holds()).toList();
        if (!failed.isEmpty()) {
            throw new CommandFailure(failed.size() + " of " + results.size() + " identities do not hold for " + ledger
                    + ", first: " + failed.get(0).name());
        }
        context.out().println("all " + results.size() + " identities hold for " + ledger);
    }
}
