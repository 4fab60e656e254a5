package fiscalledger.shell.command.builtin;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.ExitRequested;
import fiscalledger.shell.command.ShellCommand;

/** `exit` leaves the shell (so does Ctrl-D). */
public final class ExitCommand extends ShellCommand {

    public ExitCommand() {
        super("exit", "leave the shell (Ctrl-D does the same)");
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        throw new ExitRequested();
    }
}
