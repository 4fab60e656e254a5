package fiscalledger.ledger.access;

import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Keeps the aggregate cache honest when another process (or another context) shares the event store. A cached
 * unit-year does not see events appended elsewhere: an append from it would fail on the unique key and be retried,
 * but a <em>rejection</em> decided on that stale state (a budget line that "holds 0.00", a voucher "not recorded")
 * would stand and be wrong.
 * <p>
 * So this process remembers the last sequence number it knows of each unit-year — from the events it publishes
 * itself, and from the store at each check — and before a command reaches its unit-year compares it with the
 * store's last sequence number (two indexed look-ups: is the last known event stored, and nothing after it?). When they differ, someone else has written: the cached entry
 * is evicted and the repository loads the year as it now is (from its snapshot and the events after it). Evicting
 * is always safe; it only costs a load.
 */
public final class StaleCacheGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Cache cache;
    private final EventStore eventStore;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    public StaleCacheGuard(Cache cache, EventStore eventStore) {
        this.cache = cache;
        this.eventStore = eventStore;
    }

    /** Registered on the event store: what this process appends does not make its own cache stale. */
    public MessageDispatchInterceptor<EventMessage<?>> ownEvents() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
                return (index, event) -> {
                    if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                        known.merge(domain.getAggregateIdentifier(), domain.getSequenceNumber(), Math::max);
                    }
                    return event;
                };
            }
        };
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        target(unitOfWork.getMessage().getPayload()).ifPresent(this::evictIfStale);
        return chain.proceed();
    }

    private static Optional<String> target(Object payload) {
        if (payload instanceof RecordJournalCommand journal && journal.ledger() != null) {
            return Optional.of(journal.ledgerId());
        }
        if (payload instanceof LedgerCommand command && command.unit() != null && command.year() != null) {
            return Optional.of(command.ledger().id());
        }
        return Optional.empty();
    }

    private void evictIfStale(String id) {
        Long mine = known.get(id);
        if (mine != null && storeEndsAt(id, mine)) {
            return;
        }
        Long stored = eventStore.lastSequenceNumberFor(id).orElse(-1L);
        known.put(id, stored);
        if (!Objects.equals(mine, stored)) {
            cache.remove(id);
        }
    }

    /**
     * Whether the store's last event of the unit-year is the one at {@code sequence}: that one is stored and none
     * after it (an aggregate's sequence numbers have no holes). Two index look-ups, where the store's "last sequence
     * number" (a MAX over the unit-year) reads every index entry of the year: on H2 that grew with the year, and an
     * import asks before each of its chunks.
     */
    private boolean storeEndsAt(String id, long sequence) {
        if (sequence < 0) {
            return false;
        }
        DomainEventStream events = eventStore.readEvents(id, sequence);
        return events.hasNext() && events.next().getSequenceNumber() == sequence && !events.hasNext();
    }
}
