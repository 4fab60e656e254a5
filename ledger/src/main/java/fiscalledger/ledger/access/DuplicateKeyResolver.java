package fiscalledger.ledger.access;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells the event store that an append lost a race: the unique key on (aggregate, sequence) refused it. Axon's
 * default resolver looks for the constraint violation in the cause chain only, but the JDBC drivers (H2 and
 * PostgreSQL alike) report a failed batch insert as a {@link java.sql.BatchUpdateException} that carries the
 * violation as its <em>next</em> exception. Missed, the conflict became a generic storage error: never retried, and
 * shown to the officer as a database failure. Only SQLSTATE 23505 (unique violation) counts: a NOT NULL or a foreign
 * key violation is a real error, not a race.
 */
public final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return find(exception, new IdentityHashMap<>());
    }

    private static boolean find(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (t instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (find(sql.getNextException(), seen)) {
                return true;
            }
        }
        return find(t.getCause(), seen);
    }
}
