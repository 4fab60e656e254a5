package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.LedgerKey;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Record many entries of one unit-year in one unit of work (bulk import). Every entry is checked against the
 * state left by the ones before it; if any is rejected, the whole command fails with every problem listed
 * ({@link JournalRejectedException}, each {@link EntryProblem} with the entry's source, line and voucher) and nothing
 * is recorded. Entries whose voucher is already recorded (in the store, or earlier in the same journal) are skipped and
 * counted in {@link RecordingResult#skippedAsDuplicate()}, which is what makes importing a file twice change nothing.
 * <p>
 * Opening the year: if the unit-year is not open yet, the first entry must be its {@link OpenYearCommand} (with
 * {@code carryForward} if its balances come from the closed previous year); the year is then created in the same
 * transaction, so a rejected journal leaves the year unopened. If the year is already open, an open-year entry with
 * the opening's voucher is skipped like any recorded voucher, with another voucher it is an error.
 * <p>
 * Codes: entries may only use codes the catalog knows; register new codes ({@link RegisterCodeCommand}, one command
 * each) before sending the journal that uses them. Every entry must belong to {@code ledger}; send one journal per
 * unit-year. The result is a {@link RecordingResult} with the warnings of all entries (e.g. over-spent budget lines).
 */
public record RecordJournalCommand(LedgerKey ledger, List<JournalEntry> entries) {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger.id();
    }
}
