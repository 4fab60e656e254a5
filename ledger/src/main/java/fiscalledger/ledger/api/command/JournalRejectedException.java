package fiscalledger.ledger.api.command;

import java.util.List;

/**
 * A {@link RecordJournalCommand} had at least one bad entry: the whole journal is rolled back and nothing of it is
 * recorded. {@link #problems()} lists every problem of every entry, each with its source, line and voucher.
 */
public class JournalRejectedException extends LedgerRuleException {

    public JournalRejectedException(List<EntryProblem> problems) {
        super(problems);
    }
}
