package fiscalledger.shell.command.builtin;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.DisplayList;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.PositionalSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;

import java.util.ArrayList;
import java.util.List;

/** `help` lists the commands; `help COMMAND` shows one command's usage, options and examples. */
public final class HelpCommand extends ShellCommand {

    public HelpCommand() {
        super("help", "list the commands, or explain one: help COMMAND");
    }

    @Override
    public List<PositionalSpec> positionals() {
        return List.of(new PositionalSpec("COMMAND", "command to explain", false, Values.commands()));
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        List<String> lines = args.positional(0)
                .map(name -> describe(context.registry().find(name).orElseThrow(() -> new CommandFailure(
                        "no command '" + name + "'; type `help` for the list"))))
                .orElseGet(() -> overview(context));
        context.page(lines);
    }

    private static List<String> overview(CommandContext context) {
        List<String> lines = new ArrayList<>();
        lines.add("Commands (type `help COMMAND` for its options):");
        DisplayList rows = new DisplayList();
        context.registry().all().forEach(c -> rows.add(c.name(), c.summary()));
        lines.addAll(rows.lines("  "));
        return lines;
    }

    private static List<String> describe(ShellCommand command) {
        List<String> lines = new ArrayList<>();
        lines.add("usage: " + command.usage());
        lines.add("  " + command.summary());
        DisplayList rows = new DisplayList();
        command.positionals().forEach(p -> rows.add(p.name(), p.help() + (p.required() ? " (required)" : "")));
        for (OptionSpec o : command.options()) {
            rows.add("--" + o.name() + (o.flag() ? "" : " " + o.valueName()), o.help() + (o.required() ? " (required)" : ""));
        }
        if (!rows.isEmpty()) {
            lines.add("");
            lines.addAll(rows.lines("  "));
        }
        if (!command.details().isEmpty()) {
            lines.add("");
            lines.addAll(command.details().lines().toList());
        }
        return lines;
    }
}
