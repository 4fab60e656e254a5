package fiscalledger.shell.command.audit;

import fiscalledger.projections.audit.ProcessorStatus;
import fiscalledger.projections.audit.SegmentStatus;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.render.Grid;

import java.util.ArrayList;
import java.util.List;

/** `status` shows where each read-model processor stands: token position per segment, replay, errors, lag. */
public final class StatusCommand extends ShellCommand {

    private static final List<String> COLUMNS = List.of("processor", "segment", "running", "worked by", "position",
            "head", "lag", "replaying", "caught up", "error");

    public StatusCommand() {
        super("status", "where each read-model processor stands: position, replay, errors, lag behind the store");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(AuditOutput.formatOption());
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        List<ProcessorStatus> processors = context.services().audit().monitor().status();
        List<List<String>> rows = new ArrayList<>();
        List<String> footer = new ArrayList<>();
        for (ProcessorStatus p : processors) {
            if (p.segments().isEmpty()) {
                rows.add(List.of(p.name(), "", yes(p.running()), "", "", String.valueOf(p.head()), "", "", "",
                        p.inError() ? "error" : ""));
            }
            for (SegmentStatus s : p.segments()) {
                // a segment worked elsewhere is known from its stored token only: no replay or catch-up state here
                rows.add(List.of(p.name(), String.valueOf(s.segment()), yes(p.running()), workedBy(s),
                        s.position() == null ? "" : String.valueOf(s.position()), String.valueOf(p.head()),
                        s.lag() == null ? "" : String.valueOf(s.lag()), s.workedHere() ? yes(s.replaying()) : "",
                        s.workedHere() ? yes(s.caughtUp()) : "", s.error() == null ? "" : s.error()));
            }
            footer.add(p.name() + ": " + state(p) + " (head of the event store #" + p.head() + ")");
        }
        AuditOutput.print(context, AuditOutput.format(args), List.of(),
                new Grid(COLUMNS, AuditOutput.numeric(COLUMNS.size(), 1, 4, 5, 6), rows), footer);
    }

    static String state(ProcessorStatus p) {
        if (p.inError()) {
            return "IN ERROR";
        }
        if (!p.streaming()) {
            return "subscribing (handles each event as it is stored)";
        }
        if (!p.running()) {
            return "not running in this process (the store is read-only here): the read models are as the writing"
                    + " process left them, " + behind(p);
        }
        if (p.replaying()) {
            return "replaying";
        }
        boolean heldElsewhere = p.segments().stream().anyMatch(s -> !s.workedHere() && !s.heldElsewhereBy().isEmpty());
        return (p.lag() == 0 ? "up to date" : events(p.lag()) + " behind")
                + (p.allWorkedHere() ? ""
                : heldElsewhere ? "; segments worked by another process are shown as their stored tokens say"
                : "; this process has not claimed its segments yet (starting): their positions are as stored");
    }

    /** How far the read models are, from the stored tokens: what a reader that runs no processor can know. */
    public static String behind(ProcessorStatus p) {
        if (p.segments().isEmpty() || p.segments().stream().allMatch(s -> s.position() == null)) {
            return p.head() == 0 ? "and the store holds no event" : "and no writing process has filled them yet: "
                    + events(p.head()) + " behind the event store";
        }
        return p.lag() == 0 ? "up to date with the event store" : events(p.lag()) + " behind the event store";
    }

    private static String events(long n) {
        return n == 1 ? "1 event" : n + " events";
    }

    private static String workedBy(SegmentStatus s) {
        if (s.workedHere()) {
            return "this process";
        }
        return s.heldElsewhereBy().isEmpty() ? "nobody" : s.heldElsewhereBy();
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
