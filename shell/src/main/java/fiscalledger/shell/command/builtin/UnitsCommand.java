package fiscalledger.shell.command.builtin;

import fiscalledger.ledger.api.UnitCode;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.DisplayList;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.service.LedgerSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** `units` lists the units in the store with their names and years. */
public final class UnitsCommand extends ShellCommand {

    public UnitsCommand() {
        super("units", "list the units in the store with their names and years");
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        List<LedgerSummary> ledgers = context.services().ledgers();
        if (ledgers.isEmpty()) {
            context.out().println(LedgerSelection.EMPTY_STORE);
            return;
        }
        Map<UnitCode, List<LedgerSummary>> byUnit = new LinkedHashMap<>();
        ledgers.forEach(l -> byUnit.computeIfAbsent(l.key().unit(), u -> new java.util.ArrayList<>()).add(l));
        DisplayList list = new DisplayList();
        byUnit.forEach((unit, years) -> list.add(unit.value(), years.get(years.size() - 1).unitName() + "  "
                + years.stream().map(l -> l.key().year() + (l.closed() ? " (closed)" : ""))
                .collect(Collectors.joining(", "))));
        context.page(list.lines(""));
    }
}
