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

    private static final List<String> COLUMNS = List.of("processor", "segment", "running", "position", "head", "lag",
            "replaying", "caught up", "error");

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
                rows.add(List.of(p.name(), "", yes(p.running()), "", String.valueOf(p.head()), "", "", "",
                        p.inError() ? "error" : ""));
            }
            for (SegmentStatus s : p.segments()) {
                rows.add(List.of(p.name(), String.valueOf(s.segment()), yes(p.running()),
                        s.position() == null ? "" : String.valueOf(s.position()), String.valueOf(p.head()),
                        s.lag() == null ? "" : String.valueOf(s.lag()), yes(s.replaying()), yes(s.caughtUp()),
                        s.error() == null ? "" : s.error()));
            }
            footer.add(p.name() + ": " + (p.inError() ? "IN ERROR"
                    : !p.running() ? "not running in this process (its store is read-only: the read models are as"
                    + " the writing process left them)"
                    : !p.streaming() ? "subscribing (handles each event as it is stored)"
                    : p.replaying() ? "replaying"
                    : p.lag() == 0 ? "up to date" : p.lag() + " events behind") + " (head of the event store #"
                    + p.head() + ")");
        }
        AuditOutput.print(context, AuditOutput.format(args), List.of(),
                new Grid(COLUMNS, AuditOutput.numeric(COLUMNS.size(), 1, 3, 4, 5), rows), footer);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
