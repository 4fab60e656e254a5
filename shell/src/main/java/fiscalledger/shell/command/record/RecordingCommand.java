package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.service.RecordOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The base of the officers' recording commands: every entry names its unit-year, voucher, business date and memo;
 * the subclass adds its own options and builds the ledger command. The ledger decides whether it is valid; its
 * warnings (over-spending a budget line) are printed, never swallowed.
 */
abstract class RecordingCommand extends ShellCommand {

    /** Where an entry goes and how it is filed; the same for every recording command. */
    record Entry(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) {
    }

    protected RecordingCommand(String name, String summary) {
        super(name, summary);
    }

    @Override
    public final boolean records() {
        return true;
    }

    @Override
    public final List<OptionSpec> options() {
        List<OptionSpec> options = new ArrayList<>();
        options.add(LedgerSelection.unitOption(opensLedger()));
        // a business date lies in its fiscal year (the calendar year), so the year is never required
        options.add(OptionSpec.optional("year", "Y", "年度 fiscal year (default: the year of --date)", Values.years()));
        options.add(OptionSpec.required("voucher", "NO", "凭证号 voucher number, unique in the unit-year", Values.none()));
        options.add(OptionSpec.required("date", "YYYY-MM-DD", "业务日期 business date, inside the year", Values.none()));
        options.add(OptionSpec.optional("memo", "TEXT", "摘要 memo", Values.none()));
        options.addAll(ownOptions());
        return options;
    }

    /** The options particular to this command, after the common ones. */
    protected abstract List<OptionSpec> ownOptions();

    /** Builds the ledger command from the arguments. */
    protected abstract LedgerCommand command(Entry entry, Arguments args);

    /** open-year creates the unit-year, so it cannot default --unit/--year from the store. */
    protected boolean opensLedger() {
        return false;
    }

    @Override
    protected final void execute(Arguments args, CommandContext context) {
        LocalDate date = OptionValues.required(args, "date", OptionValues::date);
        // a business date lies in its fiscal year (the calendar year), so --year may be left out even when the
        // unit has several years
        FiscalYear year = args.option("year").map(LedgerSelection::year).orElse(new FiscalYear(date.getYear()));
        LedgerKey key = opensLedger()
                ? LedgerKey.of(LedgerSelection.unit(args.required("unit")), year)
                : LedgerSelection.resolve(args.option("unit").map(LedgerSelection::unit), Optional.of(year),
                        context.services());
        Entry entry = new Entry(key.unit(), key.year(), args.required("voucher").strip(), date,
                args.option("memo").orElse(""));
        LedgerCommand command = command(entry, args);
        RecordOutcome outcome = context.services().record(command, "shell: " + name());
        context.out().println(outcome.summary().isEmpty()
                ? "recorded " + name() + " voucher " + entry.voucher() + " in " + key
                : outcome.summary());
        outcome.warnings().forEach(w -> context.out().println("warning: " + w));
    }
}
