package fiscalledger.ledger.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command that lost a race for its unit-year: another process (or another context on the same database)
 * appended to the year first, so the event store's unique key on (aggregate, sequence) refused this append, or both
 * opened the same year at once. The losing unit of work is rolled back, which also evicts the stale aggregate from
 * this process's cache; sent again, the command is decided against the year as it now is — a voucher the other side
 * recorded is then skipped as a duplicate. Only such conflicts are retried, a bounded number of times with a short
 * random back-off; a broken ledger rule or any other failure is final at once.
 * <p>
 * A command sent inside a surrounding database transaction (a journal import, all or nothing) is not retried: its
 * conflict has already doomed that transaction, and a retry on another thread would commit on its own, outside it.
 * The import fails as a whole and says so; importing the file again records what is missing.
 */
public final class ConcurrentWriteRetry implements RetryScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentWriteRetry.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final int backoffMillis;
    private final BooleanSupplier insideSurroundingTransaction;

    public ConcurrentWriteRetry(ScheduledExecutorService executor, int maxRetries, int backoffMillis,
                                BooleanSupplier insideSurroundingTransaction) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.backoffMillis = backoffMillis;
        this.insideSurroundingTransaction = insideSurroundingTransaction;
    }

    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isWriteConflict(lastFailure) || failures.size() > maxRetries
                || insideSurroundingTransaction.getAsBoolean()) {
            return false;
        }
        long delay = ThreadLocalRandom.current().nextLong(1, backoffMillis * (long) failures.size() + 2);
        LOG.info("{} lost a race for its unit-year (attempt {}); sending it again in {} ms",
                commandMessage.getCommandName(), failures.size(), delay);
        try {
            executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
            return true;
        } catch (RuntimeException rejected) {
            return false;
        }
    }
}
