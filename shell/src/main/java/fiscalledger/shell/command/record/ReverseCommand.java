package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.ReverseEntryCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;

import java.util.List;

/** `reverse` reverses an earlier entry by its voucher (冲销); entries are never edited. */
public final class ReverseCommand extends RecordingCommand {

    public ReverseCommand() {
        super("reverse", "reverse an earlier entry by its voucher (冲销), with the reason");
    }

    @Override
    protected List<OptionSpec> ownOptions() {
        return List.of(
                OptionSpec.required("reversed-voucher", "NO", "被冲销凭证号 voucher of the entry to reverse", Values.none()),
                OptionSpec.required("reason", "TEXT", "原因 why it is reversed", Values.none()));
    }

    @Override
    protected LedgerCommand command(Entry e, Arguments args) {
        return new ReverseEntryCommand(e.unit(), e.year(), e.voucher(), e.date(), e.memo(),
                args.required("reversed-voucher").strip(), args.required("reason"));
    }
}
