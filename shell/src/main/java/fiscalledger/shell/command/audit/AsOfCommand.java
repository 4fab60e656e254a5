package fiscalledger.shell.command.audit;

import fiscalledger.projections.Cutoff;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.service.AsOfLedgerServices;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

import java.util.List;

/**
 * `as-of DATE|#SEQ COMMAND …` runs show, check, trace or sql on the ledger as it stood at the end of a business date
 * or at an event sequence number. The command runs unchanged on services that read within the cut-off.
 */
public final class AsOfCommand extends ShellCommand {

    private static final List<String> ALLOWED = List.of("show", "check", "trace", "history", "sql");

    public AsOfCommand() {
        super("as-of", "run show, check, trace, history or sql as the ledger stood at a date or event #SEQ");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(new PositionalSpec("CUTOFF", "business date YYYY-MM-DD (end of that day) or #SEQ (event "
                        + "sequence number, see `events`)", true, Values.none()),
                new PositionalSpec("COMMAND", "show, check, trace, history or sql with its own arguments", true,
                        Values.of(ALLOWED.toArray(String[]::new))));
    }

    @Override
    public boolean takesCommandLine() {
        return true;
    }

    @Override
    public String usage() {
        return "as-of CUTOFF COMMAND [ITS ARGUMENTS…]";
    }

    @Override
    public List<String> innerCommands() {
        return ALLOWED;
    }

    @Override
    public String details() {
        return """
                A date takes every entry whose business date is on or before it (including entries recorded later
                but dated earlier); #SEQ takes the events stored up to that global sequence number. A reversal after
                the cut-off has not happened yet. A #SEQ beyond the last event stored is refused with where the store
                ends. Nothing is written: the live read models are only read.
                Under as-of, sql sees views named like the read models (postings, balances, budget, budget_projects,
                ledgers, asset_facts, performance_evaluations, performance_indicators, procurement_contracts) that
                hold only what existed at the cut-off; they live in a temporary schema created for the query and dropped after it.
                examples:
                  as-of 2024-06-30 show 01
                  as-of #1200 check
                  as-of 2024-06-30 trace 01 32 --by-child
                  as-of 2024-06-30 sql SELECT fund, SUM(amount_fen) FROM postings GROUP BY fund""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        String raw = args.rawText().strip();
        int space = raw.indexOf(' ');
        if (space < 0) {
            throw new CommandFailure("give a command after the cut-off; usage: " + usage());
        }
        Cutoff cutoff;
        try {
            cutoff = Cutoff.parse(raw.substring(0, space));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (cutoff.isNone()) {
            throw new CommandFailure("as-of needs a date (YYYY-MM-DD) or an event sequence (#1234), not '"
                    + raw.substring(0, space) + "'");
        }
        if (cutoff.throughSequence() != null) {
            requireWithinStore(cutoff.throughSequence(), context);
        }
        String line = raw.substring(space + 1).strip();
        List<String> words = words(line);
        String name = words.get(0);
        if (!ALLOWED.contains(name)) {
            throw new CommandFailure("as-of runs show, check, trace, history or sql, not '" + name + "'");
        }
        ShellCommand command = context.registry().find(name)
                .orElseThrow(() -> new CommandFailure("unknown command '" + name + "'"));
        String rest = line.substring(Math.min(line.length(), line.indexOf(name) + name.length())).strip();
        command.run(words.subList(1, words.size()), rest,
                context.withServices(new AsOfLedgerServices(context.services(), cutoff)));
    }

    /**
     * A sequence beyond the last event stored names no moment of this ledger (a typo, or a number from another
     * store): answering would print the ledger as it stands under the heading "through event #99999", which an
     * auditor could cite as something it is not. It is refused with where the store ends. (A date after the last
     * business date is a moment like any other: the ledger as it stood then is the ledger as it stands.)
     */
    private static void requireWithinStore(long sequence, CommandContext context) {
        long head = context.services().audit().events().head();
        if (sequence > head) {
            throw new CommandFailure(head == 0
                    ? "as-of #" + sequence + ": the store holds no event yet"
                    : "as-of #" + sequence + ": the store ends at event #" + head + "; give a sequence up to #" + head
                    + " (`events` lists them) or leave out as-of for the ledger as it stands");
        }
    }

    private static List<String> words(String line) {
        Parser parser = new DefaultParser();
        try {
            ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE);
            return parsed.words().stream().filter(w -> !w.isEmpty()).toList();
        } catch (SyntaxError e) {
            throw new CommandFailure("cannot read the command after the cut-off: " + e.getMessage());
        }
    }
}
