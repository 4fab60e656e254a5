package fiscalledger.shell.command.audit;

import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.replay.ReplayProgress;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * `replay` rebuilds every read model from the event store. At a terminal a live line shows events done / total,
 * the rate and the time left; in a script a plain progress line every few seconds, and the result.
 */
public final class ReplayCommand extends ShellCommand {

    public ReplayCommand() {
        super("replay", "rebuild every read model from the event store, with progress");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.optional("timeout", "MINUTES", "give up after this long (default 60)", Values.none()));
    }

    @Override
    public String details() {
        return """
                The read models (postings, ledgers, asset facts, evaluations and the views over them) are emptied and
                filled again from every event; tables, checks and SQL then read the rebuilt models. `status` shows a
                replay in progress. A rebuilt model equals the one built event by event.
                No event is changed: the read models are derived from the events and disposable, so an auditor, an
                analyst or --read-only (which record nothing) may rebuild them. A process that cannot write its store
                (a read-only data directory, a SELECT-only database user) refuses: run replay where it can write.""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        Duration timeout = Duration.ofMinutes(args.option("timeout").map(ReplayCommand::minutes).orElse(60L));
        // the ledger starts on the first command that needs it: its start-up is not part of the rebuild's time or rate
        ProjectionReplay replay = context.services().audit().replay();
        ProgressLine line = new ProgressLine(context.out(), context.width());
        ReplayProgress done;
        try {
            done = replay.replayAndWait(timeout, line::update);
        } catch (TimeoutException e) {
            line.end();
            throw new CommandFailure(e.getMessage() + "; it goes on in the background (see `status`)");
        }
        line.end();
        context.out().println("replayed " + String.format("%,d", done.total()) + " events in "
                + ProgressLine.duration(line.elapsed()) + " (" + String.format("%,d", line.rate(done.total()))
                + " events/s); the read models are up to date");
    }

    private static long minutes(String text) {
        try {
            long m = Long.parseLong(text.strip());
            if (m < 1) {
                throw new CommandFailure("--timeout must be at least 1 minute");
            }
            return m;
        } catch (NumberFormatException e) {
            throw new CommandFailure("--timeout: '" + text + "' is not a whole number of minutes");
        }
    }
}
