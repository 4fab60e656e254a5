package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.JournalEntry;

import java.util.List;

/**
 * A journal file as read: its entries in file order (a header line and its detail lines make one entry, at the
 * header's line), the codes it registers, and every problem found. A journal with problems must not be recorded
 * at all; {@code entries} and {@code codes} then hold only the lines that were understood, and {@code unread} what
 * the lines with problems still tell (so that the ledger's checks of the others leave out what follows from them).
 *
 * @param linesRead the data lines of the file (not counting the header and blank lines)
 */
public record Journal(String source, int linesRead, List<CodeEntry> codes, List<JournalEntry> entries,
                      List<EntryProblem> problems, List<UnreadLine> unread) {

    public Journal {
        codes = List.copyOf(codes);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        unread = List.copyOf(unread);
    }

    /** A journal whose lines with problems tell nothing more than their problems. */
    public Journal(String source, int linesRead, List<CodeEntry> codes, List<JournalEntry> entries,
                   List<EntryProblem> problems) {
        this(source, linesRead, codes, entries, problems, List.of());
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
