package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.render.CsvRenderer;
import fiscalledger.shell.render.Grid;
import fiscalledger.shell.service.ImportProgress;
import fiscalledger.shell.service.ImportSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs an import with a progress bar and prints its summary. Warnings are grouped (a budget-less import of 20,000
 * lines would otherwise print 20,000 of them) with every one a single option away; a rejected file lists every
 * problem by line and field (paged at a terminal), then fails.
 */
final class ImportReportPrinter {

    /** Groups listed before "… n more groups"; every one is in `--warnings all` and the CSV file. */
    static final int GROUPS_SHOWN = 20;
    /** Examples under each group, with their file and line. */
    static final int EXAMPLES_PER_GROUP = 3;

    private static final List<String> CSV_HEADER = List.of("file", "line", "voucher", "ledger", "kind", "subject",
            "field", "amount_yuan", "beyond_budget_yuan", "message");

    private ImportReportPrinter() {
    }

    static void run(CommandContext context, String task, WarningsOutput warnings,
                    Function<ImportProgress, ImportSummary> importer) {
        ImportProgress progress = context.progress(task);
        ImportSummary summary;
        try {
            summary = importer.apply(progress);
        } finally {
            progress.finished();
        }
        if (summary.rejected()) {
            context.page(rejection(summary));
            throw new CommandFailure(summary.file() + " rejected with " + summary.problems().size()
                    + (summary.problems().size() == 1 ? " problem" : " problems")
                    + "; nothing was recorded. First: " + summary.problems().get(0));
        }
        List<String> lines = new ArrayList<>(recorded(summary));
        switch (warnings.mode()) {
            case SUMMARY -> lines.addAll(grouped(summary.warnings(), true));
            case ALL -> {
                lines.add(summary.warnings().isEmpty() ? "warnings: none" : "warnings ("
                        + number(summary.warnings().size()) + "):");
                summary.warnings().forEach(w -> lines.add("  " + w));
            }
            case FILE -> {
                lines.addAll(grouped(summary.warnings(), false));
                try {
                    write(warnings.file(), summary.warnings());
                } catch (IOException e) {
                    context.page(lines);
                    throw new CommandFailure("the import was recorded, but its warnings could not be written to "
                            + warnings.file() + ": " + e.getMessage());
                }
                lines.add("wrote " + count(summary.warnings().size(), "warning") + " to " + warnings.file());
            }
        }
        context.page(lines);
    }

    private static List<String> rejection(ImportSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(summary.file() + ": " + count(summary.lines(), "line") + " read, rejected; nothing was recorded");
        lines.add("problems (" + summary.problems().size() + "):");
        summary.problems().forEach(p -> lines.add("  " + p));
        return lines;
    }

    private static List<String> recorded(ImportSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add("imported " + summary.file() + ": " + count(summary.lines(), "line") + ", "
                + count(summary.events(), "event") + " recorded" + (summary.skipped() > 0
                ? ", " + number(summary.skipped()) + (summary.skipped() == 1 ? " entry" : " entries")
                + " already recorded (skipped)" : ""));
        if (!summary.eventsByType().isEmpty()) {
            lines.add("events: " + summary.eventsByType().entrySet().stream()
                    .map(e -> e.getKey() + " " + number(e.getValue())).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    /** Each group with its count, its amount and its first examples with their lines; the rest are counted. */
    static List<String> grouped(List<EntryProblem> warnings, boolean pointToTheRest) {
        List<String> lines = new ArrayList<>();
        if (warnings.isEmpty()) {
            lines.add("warnings: none");
            return lines;
        }
        List<WarningGroup> groups = WarningGroup.of(warnings);
        lines.add("warnings: " + count(warnings.size(), "warning") + " in " + count(groups.size(), "group")
                + (pointToTheRest ? " (every one: --warnings all, or --warnings FILE.csv for a spreadsheet)" : ""));
        for (WarningGroup group : groups.subList(0, Math.min(GROUPS_SHOWN, groups.size()))) {
            lines.add("  " + group.headline());
            group.warnings().stream().limit(EXAMPLES_PER_GROUP).forEach(w -> lines.add("      " + w));
            int more = group.warnings().size() - EXAMPLES_PER_GROUP;
            if (more > 0) {
                lines.add("      … " + count(more, "more warning") + " like these");
            }
        }
        if (groups.size() > GROUPS_SHOWN) {
            lines.add("  … " + count(groups.size() - GROUPS_SHOWN, "more group") + " not shown");
        }
        return lines;
    }

    private static void write(Path file, List<EntryProblem> warnings) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (EntryProblem w : warnings) {
            var about = w.about();
            rows.add(List.of(nullToEmpty(w.source()), w.line() > 0 ? String.valueOf(w.line()) : "",
                    nullToEmpty(w.voucher()), about == null ? "" : about.ledger(),
                    about == null ? "" : about.kind().label(), about == null ? "" : about.subject(),
                    nullToEmpty(w.field()), about == null || about.amount().isZero() ? "" : about.amount().toString(),
                    about == null || about.beyond().isZero() ? "" : about.beyond().toString(), w.message()));
        }
        List<Boolean> numeric = CSV_HEADER.stream().map(h -> h.equals("line") || h.endsWith("_yuan")).toList();
        Files.writeString(file, String.join("\n", CsvRenderer.lines(new Grid(CSV_HEADER, numeric, rows))) + "\n",
                StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
