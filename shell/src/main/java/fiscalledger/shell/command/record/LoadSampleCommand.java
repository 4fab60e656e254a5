package fiscalledger.shell.command.record;

import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.ShellCommand;

/** `load-sample` imports the bundled sample year (229001, 2024) through the normal import path. */
public final class LoadSampleCommand extends ShellCommand {

    public LoadSampleCommand() {
        super("load-sample", "import the bundled sample year (unit 229001, 2024) through the normal import");
    }

    @Override
    public final boolean records() {
        return true;
    }

    @Override
    public String details() {
        return """
                The sample is the journal of 山西省行政审批服务管理局 for 2024; its tables reproduce that unit's
                published 2024 final accounts. Loading it twice changes nothing (its vouchers are recorded once).""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        ImportReportPrinter.run(context, "load-sample", WarningsOutput.SUMMARY, progress -> context.services().importSample(progress));
    }
}
