package fiscalledger.shell.command;

import fiscalledger.shell.render.Pager;
import fiscalledger.shell.service.ImportProgress;
import fiscalledger.shell.service.LedgerServices;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a command's handler works with: where to print, the ledger's services, the registry (for help), and the
 * things that only exist at a terminal (prompting for missing values, paging, progress bars).
 */
public final class CommandContext {

    private final PrintWriter out;
    private final LedgerServices services;
    private final CommandRegistry registry;
    private final Path workingDirectory;
    private final Prompter prompter;
    private final Pager pager;
    private final Function<String, ImportProgress> progress;
    private final int width;

    public CommandContext(PrintWriter out, LedgerServices services, CommandRegistry registry, Path workingDirectory,
                          Prompter prompter, Pager pager, Function<String, ImportProgress> progress, int width) {
        this.out = out;
        this.services = services;
        this.registry = registry;
        this.workingDirectory = workingDirectory;
        this.prompter = prompter;
        this.pager = pager;
        this.progress = progress;
        this.width = width;
    }

    public PrintWriter out() {
        return out;
    }

    public LedgerServices services() {
        return services;
    }

    public CommandRegistry registry() {
        return registry;
    }

    /** Relative file names in commands are resolved against this (the directory the shell was started in). */
    public Path resolve(String file) {
        String expanded = file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file;
        return workingDirectory.resolve(expanded).normalize();
    }

    /** Present only at an interactive terminal; scripts must give every required value. */
    public Optional<Prompter> prompter() {
        return Optional.ofNullable(prompter);
    }

    /** Prints lines, a screen at a time when interactive and longer than the screen. */
    public void page(List<String> lines) {
        if (pager == null) {
            lines.forEach(out::println);
        } else {
            pager.page(lines);
        }
        out.flush();
    }

    /** A progress listener for a long task (a bar at a terminal, silent in scripts). */
    public ImportProgress progress(String task) {
        return progress == null ? ImportProgress.NONE : progress.apply(task);
    }

    /** Terminal columns when interactive (0 when output is not a terminal: then nothing is cut). */
    public int width() {
        return width;
    }

    /**
     * The same context printing to {@code file} instead (a command's --out): no pager, no width limit, no
     * prompting. The caller closes the writer.
     */
    public CommandContext writingTo(PrintWriter file) {
        return new CommandContext(file, services, registry, workingDirectory, null, null, progress, 0);
    }

    /** The same context on other services (as-of hands a command the ledger as it stood at a cut-off). */
    public CommandContext withServices(LedgerServices other) {
        return new CommandContext(out, other, registry, workingDirectory, prompter, pager, progress, width);
    }
}
