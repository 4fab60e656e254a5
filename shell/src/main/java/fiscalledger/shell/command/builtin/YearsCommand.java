package fiscalledger.shell.command.builtin;

import fiscalledger.ledger.api.UnitCode;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.service.LedgerSummary;

import java.util.List;
import java.util.Optional;

/** `years [--unit U]` lists the fiscal years in the store, one per line with its unit. */
public final class YearsCommand extends ShellCommand {

    public YearsCommand() {
        super("years", "list the fiscal years in the store (of one unit with --unit)");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(LedgerSelection.unitOption(false));
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        Optional<UnitCode> unit = args.option("unit").map(LedgerSelection::unit);
        List<LedgerSummary> ledgers = context.services().ledgers().stream()
                .filter(l -> unit.map(l.key().unit()::equals).orElse(true)).toList();
        if (ledgers.isEmpty()) {
            if (unit.isPresent()) {
                throw new CommandFailure("unit " + unit.get() + " has no year in the store; type `units` to list units");
            }
            context.out().println(LedgerSelection.EMPTY_STORE);
            return;
        }
        context.page(ledgers.stream().map(l -> l.key().year() + "  " + l.key().unit() + "  " + l.unitName()
                + (l.closed() ? "  (closed)" : "")).toList());
    }
}
