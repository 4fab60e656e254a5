package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.LedgerCommand;

import java.util.List;

/** Opens the ledger's package-private benchmark journal generator to the audit benchmark. */
public final class BenchmarkJournals {

    private BenchmarkJournals() {
    }

    public static List<LedgerCommand> generate(int lines) {
        return BenchmarkJournal.generate(lines);
    }
}
