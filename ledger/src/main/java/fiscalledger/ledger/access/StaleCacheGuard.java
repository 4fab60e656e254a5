package fiscalledger.ledger.access;

import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.command.FiscalYearLedger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the aggregate cache honest when another process (or another context) shares the event store. A cached
 * unit-year does not see events appended elsewhere: an append from it would fail on the unique key and be retried,
 * but a <em>rejection</em> decided on that stale state (a budget line that "holds 0.00", a voucher "not recorded")
 * would stand and be wrong. So before a command reaches its unit-year, the cached version is compared with the
 * store's last sequence number — one indexed look-up — and a stale entry is evicted, making the repository load
 * the year as it now is (from its snapshot and the events after it).
 */
public final class StaleCacheGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Cache cache;
    private final EventStore eventStore;
    private final AggregateModel<FiscalYearLedger> model =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(FiscalYearLedger.class);

    public StaleCacheGuard(Cache cache, EventStore eventStore) {
        this.cache = cache;
        this.eventStore = eventStore;
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

    @SuppressWarnings("unchecked")
    private void evictIfStale(String id) {
        Object cached = cache.get(id);
        if (!(cached instanceof AggregateCacheEntry<?> entry)) {
            return;
        }
        Long cachedVersion = ((AggregateCacheEntry<FiscalYearLedger>) entry)
                .recreateAggregate(model, eventStore, NoSnapshotTriggerDefinition.INSTANCE).version();
        Long storedVersion = eventStore.lastSequenceNumberFor(id).orElse(null);
        if (!Objects.equals(cachedVersion, storedVersion)) {
            cache.remove(id);
        }
    }
}
