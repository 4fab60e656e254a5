package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.event.CodeRegisteredEvent;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event bus as {@link CodeCatalogUpdater}'s subscribing processor needs it: only code registrations. The processor
 * is handed every batch of events a unit of work publishes and opens a unit of work of its own for each batch and asks
 * its handler about every event; an import publishes 100,000 ledger events that the catalog has no handler for (2–3 %
 * of the import's CPU went there). A batch without a registration is not passed on at all, one with registrations
 * only with them, in their order.
 */
public final class CodeRegistrationSource implements SubscribableMessageSource<EventMessage<?>> {

    private final SubscribableMessageSource<? extends EventMessage<?>> events;

    public CodeRegistrationSource(SubscribableMessageSource<? extends EventMessage<?>> events) {
        this.events = events;
    }

    @Override
    public Registration subscribe(Consumer<List<? extends EventMessage<?>>> processor) {
        return events.subscribe(batch -> {
            List<EventMessage<?>> registrations = registrations(batch);
            if (!registrations.isEmpty()) {
                processor.accept(registrations);
            }
        });
    }

    static List<EventMessage<?>> registrations(List<? extends EventMessage<?>> batch) {
        List<EventMessage<?>> registrations = null;
        for (EventMessage<?> event : batch) {
            if (CodeRegisteredEvent.class.isAssignableFrom(event.getPayloadType())) {
                if (registrations == null) {
                    registrations = new ArrayList<>();
                }
                registrations.add(event);
            }
        }
        return registrations == null ? List.of() : registrations;
    }
}
