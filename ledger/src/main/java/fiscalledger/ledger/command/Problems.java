package fiscalledger.ledger.command;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.WarningSubject;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one entry (errors) and what the officer should know (warnings), with its location. */
final class Problems {

    private final String source;
    private final long line;
    private final String voucher;
    private final List<EntryProblem> errors = new ArrayList<>();
    private final List<EntryProblem> warnings = new ArrayList<>();

    Problems(String source, long line, String voucher) {
        this.source = source == null ? "" : source;
        this.line = line;
        this.voucher = voucher == null ? "" : voucher;
    }

    static Problems of(LedgerCommand command) {
        return new Problems("", 0, command.voucher());
    }

    static Problems of(JournalEntry entry) {
        return new Problems(entry.source(), entry.line(),
                entry.command() == null ? "" : entry.command().voucher());
    }

    void error(String field, String message) {
        errors.add(new EntryProblem(source, line, voucher, field, message));
    }

    void warn(String field, String message) {
        warnings.add(new EntryProblem(source, line, voucher, field, message));
    }

    /** A warning that can be grouped with others about the same thing (see {@link WarningSubject}). */
    void warn(String field, String message, WarningSubject about) {
        warnings.add(new EntryProblem(source, line, voucher, field, message, about));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<EntryProblem> errors() {
        return errors;
    }

    List<EntryProblem> warnings() {
        return warnings;
    }

    /** "journal.csv:17", or empty for a command typed in the shell. */
    String location() {
        return source.isEmpty() ? "" : line > 0 ? source + ":" + line : source;
    }
}
