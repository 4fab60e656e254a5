package fiscalledger.ledger.api.command;

/** One command of a journal file with where it came from, so that every error can name its line. */
public record JournalEntry(String source, long line, LedgerCommand command) {
}
