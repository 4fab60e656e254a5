package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.event.LedgerEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The read models' tracking event handler: every ledger event, with its global sequence number (its index in the event
 * table, see {@link EventPositions}: not the tracking token's position) and who recorded it, goes to the
 * {@link ReadModelWriter}. A reset (replay) empties the read models first.
 */
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {
    public static final String PROCESSING_GROUP = "ledger-projections";

    private final ReadModelWriter writer;
    private final ReadModelSchema schema;
    private final EventPositions positions;

    public LedgerProjection(ReadModelWriter writer, ReadModelSchema schema, EventPositions positions) {
        this.writer = writer;
        this.schema = schema;
        this.positions = positions;
    }

    @EventHandler
    public void on(LedgerEvent event, EventMessage<?> message, @MetaDataValue(LedgerMetadata.USER) String user,
                   @MetaDataValue(LedgerMetadata.REASON) String reason) {
        writer.apply(event, new EventContext(positions.of(message), user, reason));
    }

    @ResetHandler
    public void reset() {
        schema.create();
        schema.clear();
    }
}
