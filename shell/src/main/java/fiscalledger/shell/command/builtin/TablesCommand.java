package fiscalledger.shell.command.builtin;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.DisplayList;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.render.TableTitles;

/** `tables` lists the tables `show` prints. */
public final class TablesCommand extends ShellCommand {

    public TablesCommand() {
        super("tables", "list the tables `show` can print");
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        DisplayList list = new DisplayList();
        context.services().tableIds().forEach(id -> list.add(id, TableTitles.title(id)));
        context.page(list.lines(""));
    }
}
