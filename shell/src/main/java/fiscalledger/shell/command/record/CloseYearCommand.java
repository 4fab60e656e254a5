package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;

import java.util.List;

/** `close-year` closes a unit-year: its 年末结转和结余 are fixed and nothing more can be recorded in it. */
public final class CloseYearCommand extends RecordingCommand {

    public CloseYearCommand() {
        super("close-year", "close the year (结账): fixes the closing balances; nothing can be recorded after");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of();
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new fiscalledger.ledger.api.command.CloseYearCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo());
    }
}
