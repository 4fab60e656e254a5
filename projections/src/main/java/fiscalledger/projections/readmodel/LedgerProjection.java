package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.event.LedgerEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * The read models' tracking event handler: every ledger event, with its global sequence number (its index in the event
 * table, see {@link EventPositions}: not the tracking token's position) and who recorded it, goes to the
 * {@link ReadModelWriter}. A reset (replay) empties the read models first.
 * <p>
 * An {@link EventMessageHandler} rather than an {@code @EventHandler} method: Axon wraps an annotated handler in an
 * adapter that, for every event of a rebuild, matches the payload and metadata parameters, resolves them, traces the
 * call and asks every handler method whether it supports a reset, about a tenth of the rebuild's busiest thread. This
 * handler answers those questions directly. It is registered with the processor by
 * {@code ProjectionsConfiguration}, in the processing group its annotation names.
 */
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection implements EventMessageHandler {
    public static final String PROCESSING_GROUP = "ledger-projections";

    private final ReadModelWriter writer;
    private final ReadModelSchema schema;
    private final EventPositions positions;

    public LedgerProjection(ReadModelWriter writer, ReadModelSchema schema, EventPositions positions) {
        this.writer = writer;
        this.schema = schema;
        this.positions = positions;
    }

    @Override
    public Object handle(EventMessage<?> message) {
        if (message.getPayload() instanceof LedgerEvent event) {
            writer.apply(event, new EventContext(positions.of(message), text(message, LedgerMetadata.USER),
                    text(message, LedgerMetadata.REASON)));
        }
        return null;
    }

    private static String text(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** Only ledger events: the processor neither deserialises nor hands over events of other types. */
    @Override
    public boolean canHandle(EventMessage<?> message) {
        return canHandleType(message.getPayloadType());
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return LedgerEvent.class.isAssignableFrom(payloadType);
    }

    @Override
    public Class<?> getTargetType() {
        return LedgerProjection.class;
    }

    @Override
    public boolean supportsReset() {
        return true;
    }

    /**
     * Runs inside the reset's transaction, before Axon stores the replay tokens in it. The marker around the emptying
     * lets the next start finish a rebuild killed between H2's self-committing TRUNCATEs and that commit
     * ({@link ReadModelSchema#beginRebuild()}).
     */
    @Override
    public <R> void prepareReset(R resetContext) {
        schema.create();
        schema.beginRebuild();
        schema.clear();
        schema.endRebuild();
    }
}
