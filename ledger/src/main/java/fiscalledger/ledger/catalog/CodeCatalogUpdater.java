package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.event.CodeRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link CodeCatalog} bean current: at start-up it reads the registry's event stream (small: one event per
 * registered code), afterwards a subscribing handler adds each new registration of this process once its transaction
 * commits, so a journal sent after a registration can post to the new code. Registrations made by another process on
 * the same database reach this one when it misses a code: the catalog then reads the registry's stream again before it
 * calls the code unknown.
 */
@Component
@ProcessingGroup(CodeCatalogUpdater.PROCESSING_GROUP)
public class CodeCatalogUpdater {

    public static final String PROCESSING_GROUP = "fiscal-ledger-code-catalog";

    private final CodeCatalog catalog;
    private final EventStore eventStore;

    public CodeCatalogUpdater(CodeCatalog catalog, EventStore eventStore) {
        this.catalog = catalog;
        this.eventStore = eventStore;
    }

    @EventListener(ContextRefreshedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void loadRegisteredCodes() {
        readRegistry();
        catalog.refreshOnMiss(this::readRegistry);
    }

    /**
     * Adds every registration stored so far. The whole stream, from its first event, every time: it is small, and
     * remembering how far it was read could skip a registration of another process that took a sequence number this
     * process had seen inside a transaction that was then rolled back. A snapshot of the registry is not read (it
     * holds no events).
     */
    private void readRegistry() {
        eventStore.readEvents(CodeRegistry.ID, 0).asStream()
                .map(message -> message.getPayload())
                .filter(CodeRegisteredEvent.class::isInstance)
                .map(CodeRegisteredEvent.class::cast)
                .forEach(this::add);
    }

    @EventHandler
    public void on(CodeRegisteredEvent event) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> add(event));
        } else {
            add(event);
        }
    }

    private void add(CodeRegisteredEvent event) {
        catalog.add(event.kind(), event.code(), event.name());
    }
}
