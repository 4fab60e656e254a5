package fiscalledger.shell.command;

import fiscalledger.shell.command.builtin.ExitCommand;
import fiscalledger.shell.command.builtin.HelpCommand;
import fiscalledger.shell.command.builtin.TablesCommand;
import fiscalledger.shell.command.builtin.UnitsCommand;
import fiscalledger.shell.command.builtin.YearsCommand;
import fiscalledger.shell.command.query.CheckCommand;
import fiscalledger.shell.command.query.ShowCommand;
import fiscalledger.shell.command.query.SqlCommand;
import fiscalledger.shell.command.record.AdjustCommand;
import fiscalledger.shell.command.record.AppropriationCommand;
import fiscalledger.shell.command.record.AssetsCommand;
import fiscalledger.shell.command.record.BudgetCommand;
import fiscalledger.shell.command.record.CloseYearCommand;
import fiscalledger.shell.command.record.ExpenseCommand;
import fiscalledger.shell.command.record.ImportCommand;
import fiscalledger.shell.command.record.IncomeCommand;
import fiscalledger.shell.command.record.LoadSampleCommand;
import fiscalledger.shell.command.record.OpenYearCommand;
import fiscalledger.shell.command.record.PerformanceCommand;
import fiscalledger.shell.command.record.RegisterCodeCommand;
import fiscalledger.shell.command.record.ReverseCommand;
import fiscalledger.shell.command.record.UseBalanceCommand;
import fiscalledger.shell.command.record.DistributeCommand;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The shell's commands by name, in the order `help` lists them. */
public final class CommandRegistry {

    private final Map<String, ShellCommand> commands = new LinkedHashMap<>();

    /** Every command of the shell: the one place a command is registered. */
    public static CommandRegistry standard() {
        return new CommandRegistry()
                .add(new ShowCommand())
                .add(new CheckCommand())
                .add(new SqlCommand())
                .add(new TablesCommand())
                .add(new UnitsCommand())
                .add(new YearsCommand())
                .add(new ImportCommand())
                .add(new LoadSampleCommand())
                .add(new OpenYearCommand())
                .add(new BudgetCommand())
                .add(new AdjustCommand())
                .add(new AppropriationCommand())
                .add(new IncomeCommand())
                .add(new ExpenseCommand())
                .add(new UseBalanceCommand())
                .add(new DistributeCommand())
                .add(new ReverseCommand())
                .add(new CloseYearCommand())
                .add(new AssetsCommand())
                .add(new PerformanceCommand())
                .add(new RegisterCodeCommand())
                .add(new HelpCommand())
                .add(new ExitCommand());
    }

    public CommandRegistry add(ShellCommand command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalStateException("two commands are named " + command.name());
        }
        return this;
    }

    public Optional<ShellCommand> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    public Collection<ShellCommand> all() {
        return Collections.unmodifiableCollection(commands.values());
    }
}
