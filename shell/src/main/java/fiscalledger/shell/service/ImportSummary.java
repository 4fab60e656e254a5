package fiscalledger.shell.service;

import fiscalledger.ledger.api.command.EntryProblem;

import java.util.List;
import java.util.Map;

/**
 * What an import did: lines read, events recorded by type, entries skipped because their voucher was already
 * recorded, warnings (e.g. spending beyond a budget line), and, when the file was rejected, every problem by line
 * and field (then nothing was recorded).
 */
public record ImportSummary(String file, long lines, Map<String, Long> eventsByType, long skipped,
                            List<EntryProblem> warnings, List<String> problems) {

    public boolean rejected() {
        return !problems.isEmpty();
    }

    public long events() {
        return eventsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
