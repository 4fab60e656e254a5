package fiscalledger.shell.command.record;

import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.service.ImportProgress;
import fiscalledger.shell.service.ImportSummary;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs an import with a progress bar and prints its summary; a rejected file lists its problems, then fails. */
final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    static void run(CommandContext context, String task, Function<ImportProgress, ImportSummary> importer) {
        ImportProgress progress = context.progress(task);
        ImportSummary summary;
        try {
            summary = importer.apply(progress);
        } finally {
            progress.finished();
        }
        print(summary, context.out());
        if (summary.rejected()) {
            throw new CommandFailure(summary.file() + " rejected with " + summary.problems().size()
                    + (summary.problems().size() == 1 ? " problem" : " problems")
                    + "; nothing was recorded. First: " + summary.problems().get(0));
        }
    }

    static void print(ImportSummary summary, PrintWriter out) {
        if (summary.rejected()) {
            out.println(summary.file() + ": " + summary.lines() + " lines read, rejected; nothing was recorded");
            out.println("problems (" + summary.problems().size() + "):");
            summary.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return;
        }
        out.println("imported " + summary.file() + ": " + summary.lines() + " lines, " + summary.events()
                + " events recorded" + (summary.skipped() > 0 ? ", " + summary.skipped()
                + " entries already recorded (skipped)" : ""));
        if (!summary.eventsByType().isEmpty()) {
            out.println("events: " + summary.eventsByType().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (summary.warnings().isEmpty()) {
            out.println("warnings: none");
        } else {
            out.println("warnings (" + summary.warnings().size() + "):");
            summary.warnings().forEach(w -> out.println("  " + w));
        }
        out.flush();
    }

}
