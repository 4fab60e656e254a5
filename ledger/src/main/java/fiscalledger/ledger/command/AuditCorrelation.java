package fiscalledger.ledger.command;

import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who recorded an entry and why ({@link LedgerMetadata#USER}, {@link LedgerMetadata#REASON}) travel from the command's
 * metadata to every event it records, as Axon's {@code SimpleCorrelationDataProvider} carries them.
 * <p>
 * Except for a {@link RecordJournalCommand}: Axon asks the providers again for every message created in the command's
 * unit of work and merges their answer into each event's metadata, four map copies per event (3–4 % of an import's
 * CPU and 5 % of what it allocated). For a journal this provider gives nothing, and {@link JournalHandler} puts the
 * same two values, read once per command by {@link #of}, into the metadata of every event and snapshot the journal
 * records. The stored metadata is the same either way.
 * <p>
 * And except for any message that is not a command: Axon asks the providers in event processors' units of work too,
 * once for every event handled (for the result message it creates per event), and merged this provider's answer into
 * a fresh map each time: 5 % of what a read-model rebuild's processor thread allocated, for messages nobody reads. No
 * event handler here sends a command, so only a command's unit of work needs who recorded it and why.
 */
public final class AuditCorrelation implements CorrelationDataProvider {

    private static final List<String> KEYS = List.of(LedgerMetadata.USER, LedgerMetadata.REASON);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (!(message instanceof CommandMessage<?>) || RecordJournalCommand.class.equals(message.getPayloadType())) {
            return Map.of();
        }
        return of(message.getMetaData());
    }

    /** The audit values among a command's metadata: what this provider gives for any other command. */
    static MetaData of(MetaData command) {
        Map<String, Object> audit = new HashMap<>();
        for (String key : KEYS) {
            if (command.containsKey(key)) {
                audit.put(key, command.get(key));
            }
        }
        return MetaData.from(audit);
    }
}
