package fiscalledger.scaleout;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a unit-year's entries the way a bulk import does: consecutive chunks of one {@link RecordJournalCommand}
 * each, so a whole file costs few transactions and each chunk is checked as a whole.
 */
public final class JournalRecorder {

    private final CommandGateway commands;
    private final int chunk;

    public JournalRecorder(CommandGateway commands, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, not " + chunk);
        }
        this.commands = commands;
        this.chunk = chunk;
    }

    public RecordingResult record(LedgerKey ledger, String source, List<? extends LedgerCommand> entries) {
        RecordingResult total = RecordingResult.NOTHING;
        for (int from = 0; from < entries.size(); from += chunk) {
            int to = Math.min(entries.size(), from + chunk);
            List<JournalEntry> lines = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                lines.add(new JournalEntry(source, i + 1L, entries.get(i)));
            }
            RecordingResult result = commands.sendAndWait(new RecordJournalCommand(ledger, lines));
            // warnings (over-spent lines) are the officer's business, not the load's: keep counts only
            total = new RecordingResult(total.recorded() + result.recorded(),
                    total.skippedAsDuplicate() + result.skippedAsDuplicate(), List.of());
        }
        return total;
    }
}
