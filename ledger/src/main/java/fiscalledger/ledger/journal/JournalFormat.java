package fiscalledger.ledger.journal;

import java.util.Locale;
import java.util.Optional;

/** The two file formats of a journal, told apart by the file name's extension. */
public enum JournalFormat {
    CSV, JSON_LINES;

    public static Optional<JournalFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}
