package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.RegisterCodeCommand;

/** A {@code code} line of a journal: a code to register in the catalog before the entries that use it. */
public record CodeEntry(String source, long line, RegisterCodeCommand command) {
}
