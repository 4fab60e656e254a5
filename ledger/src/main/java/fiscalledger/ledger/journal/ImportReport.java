package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did. Either it {@link #succeeded()} and everything new in the file is recorded, or there are
 * {@link #problems()} and nothing of the file is recorded — a file is never half imported.
 *
 * @param linesRead        data lines of the file (header and blank lines not counted)
 * @param entries          entries in the file (a header line with its detail lines is one entry)
 * @param recorded         entries recorded now
 * @param skipped          entries whose voucher was already recorded (importing a file again changes nothing)
 * @param codesRegistered  codes newly added to the catalog by {@code code} lines
 * @param eventsByType     events recorded, by event type (simple class name, e.g. ExpenditureRecordedEvent), in name order
 * @param warnings         what the officer should look at although it was recorded (e.g. spending beyond a budget line)
 * @param problems         why nothing was recorded, every one with its line
 */
public record ImportReport(String source, int linesRead, int entries, int recorded, int skipped, int codesRegistered,
                           Map<String, Integer> eventsByType, List<EntryProblem> warnings, List<EntryProblem> problems,
                           Duration elapsed) {

    public ImportReport {
        eventsByType = Collections.unmodifiableMap(new TreeMap<>(eventsByType));
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public int eventsRecorded() {
        return eventsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Data lines per second, the import speed the benchmark reports. */
    public double linesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : linesRead / seconds;
    }

    static ImportReport rejected(Journal journal, int entries, List<EntryProblem> problems, Duration elapsed) {
        return new ImportReport(journal.source(), journal.linesRead(), entries, 0, 0, 0, Map.of(), List.of(),
                problems, elapsed);
    }
}
