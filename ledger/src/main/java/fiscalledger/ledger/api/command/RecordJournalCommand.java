package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.LedgerKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record many entries of one unit-year in one unit of work (bulk import). Every entry is checked against the
 * state left by the ones before it; if any is rejected, the whole command fails with every problem listed
 * ({@code JournalRejectedException}) and nothing is recorded. Entries whose voucher is already recorded are
 * skipped, which is what makes importing a file twice change nothing. Opening the year may be the first entry.
 */
public record RecordJournalCommand(LedgerKey ledger, List<JournalEntry> entries) {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger.id();
    }
}
