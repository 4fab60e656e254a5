package fiscalledger.ledger.config;

import fiscalledger.ledger.access.ConcurrentWriteRetry;
import fiscalledger.ledger.access.DuplicateKeyResolver;
import fiscalledger.ledger.access.EventWriteGuard;
import fiscalledger.ledger.access.LedgerAccess;
import fiscalledger.ledger.access.RecordingGuard;
import fiscalledger.ledger.access.StaleCacheGuard;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import fiscalledger.ledger.api.Role;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Who records and whether anything may be recorded ({@code fiscal-ledger.user}, {@code fiscal-ledger.role} =
 * officer | auditor | analyst, {@code fiscal-ledger.read-only}), enforced on the command bus and the event store
 * themselves; and the command gateway that retries a command which lost a write race for its unit-year
 * ({@code fiscal-ledger.write-retries}, default 5).
 */
@Configuration(proxyBeanMethods = false)
public class LedgerAccessConfig {

    @Bean
    public LedgerAccess ledgerAccess(@Value("${fiscal-ledger.user:${user.name:unknown}}") String user,
                                     @Value("${fiscal-ledger.role:officer}") String role,
                                     @Value("${fiscal-ledger.read-only:false}") boolean readOnly,
                                     fiscalledger.ledger.access.StoreAccess storeAccess) {
        return new LedgerAccess(user, Role.parse(role), readOnly, storeAccess.readOnly() ? storeAccess.reason() : null);
    }

    /** On the bus and the store, not on the gateway alone: every path that could write passes here. */
    @Bean
    public InitializingBean ledgerWriteGuards(CommandBus commandBus, EventStore eventStore, LedgerAccess access,
                                              StaleCacheGuard staleCacheGuard) {
        return () -> {
            commandBus.registerDispatchInterceptor(new RecordingGuard(access));
            eventStore.registerDispatchInterceptor(new EventWriteGuard(access));
            eventStore.registerDispatchInterceptor(staleCacheGuard.ownEvents());
        };
    }

    /** Preferred over Axon's default, which misses a unique violation reported inside a failed JDBC batch. */
    @Bean
    @Primary
    public PersistenceExceptionResolver ledgerDuplicateKeyResolver() {
        return new DuplicateKeyResolver();
    }

    /** A cached unit-year is checked against the store before each command: other processes may have appended. */
    @Bean
    public StaleCacheGuard ledgerStaleCacheGuard(@Qualifier("ledgerCache") Cache ledgerCache, EventStore eventStore) {
        return new StaleCacheGuard(ledgerCache, eventStore);
    }

    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService ledgerRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ledger-write-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService ledgerRetryExecutor,
                                         @Value("${fiscal-ledger.write-retries:5}") int retries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrentWriteRetry(ledgerRetryExecutor, retries, 40,
                        TransactionSynchronizationManager::isActualTransactionActive))
                .build();
    }
}
