package fiscalledger.ledger.access;

import fiscalledger.ledger.api.command.ReadOnlyLedgerException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The event store's gate in a read-only ledger: the last line of defence behind {@link RecordingGuard}, for any code
 * that would publish an event without a command.
 */
public final class EventWriteGuard implements MessageDispatchInterceptor<EventMessage<?>> {

    private final LedgerAccess access;

    public EventWriteGuard(LedgerAccess access) {
        this.access = access;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (access.readOnly()) {
                throw new ReadOnlyLedgerException(access.refusal(event.getPayloadType().getSimpleName()));
            }
            return event;
        };
    }
}
