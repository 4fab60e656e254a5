package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.event.LedgerEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The read models' tracking event handler: every ledger event, with its global sequence number (the tracking
 * token's position) and who recorded it, goes to the {@link ReadModelWriter}. A reset (replay) empties the read
 * models first.
 */
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {
    public static final String PROCESSING_GROUP = "ledger-projections";

    private final ReadModelWriter writer;
    private final ReadModelSchema schema;

    public LedgerProjection(ReadModelWriter writer, ReadModelSchema schema) {
        this.writer = writer;
        this.schema = schema;
    }

    @EventHandler
    public void on(LedgerEvent event, TrackingToken token, @MetaDataValue(LedgerMetadata.USER) String user,
                   @MetaDataValue(LedgerMetadata.REASON) String reason) {
        long sequence = token.position().orElseThrow(() -> new IllegalStateException(
                "the event store gave " + event.ledger() + " voucher " + event.voucher() + " no global position"));
        writer.apply(event, new EventContext(sequence, user, reason));
    }

    @ResetHandler
    public void reset() {
        schema.create();
        schema.clear();
    }
}
