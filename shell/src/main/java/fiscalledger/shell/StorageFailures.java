package fiscalledger.shell;

import fiscalledger.ledger.access.ConcurrentWriteRetry;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the data directory did to a command, in the officer's words. The layers in between describe storage faults
 * badly — Axon reports any failed first append of a year as "cannot reuse aggregate identifier", H2 nests the
 * operating system's reason inside general errors — so the whole chain (causes and chained SQL exceptions) is
 * searched for the real reason: the disk is full, the directory is read-only, another process holds the database,
 * or another session won a race for the same unit-year. Each of these leaves the store as it was before the command:
 * the transaction that failed is rolled back whole.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static Optional<String> explain(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (chain.stream().anyMatch(t -> t instanceof fiscalledger.projections.sql.ReadOnlySqlException)) {
            // the SQL console's own read-only connection refusing a write: it explains itself
            return Optional.empty();
        }
        if (any(chain, "no space left on device") || any(chain, "disk full")) {
            return Optional.of("the disk that holds the data directory is full: nothing of this command was recorded"
                    + " (its transaction was rolled back); free some space and run it again");
        }
        if (code(chain, 90097) || any(chain, "read-only file system")
                || chain.stream().anyMatch(t -> t instanceof java.nio.file.AccessDeniedException)) {
            return Optional.of("the data directory is read-only (its file system or permissions refuse writing):"
                    + " nothing was recorded; queries still work. Record from a writable data directory");
        }
        if (code(chain, 90020) || any(chain, "file is locked") || any(chain, "database may be already in use")) {
            return Optional.of("the data directory is in use by another fiscal-ledger process, which holds its"
                    + " database locked: close that shell first, or use another --data directory");
        }
        if (ConcurrentWriteRetry.isWriteConflict(failure)) {
            return Optional.of("another session recorded into the same unit-year at the same moment and this command"
                    + " lost the race every time it was retried: nothing of it was recorded. Run it again — entries"
                    + " whose voucher is already recorded are skipped");
        }
        return Optional.empty();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty()) {
            Throwable t = todo.remove(todo.size() - 1);
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            chain.add(t);
            todo.add(t.getCause());
            if (t instanceof SQLException sql) {
                todo.add(sql.getNextException());
            }
        }
        return chain;
    }

    private static boolean any(List<Throwable> chain, String text) {
        return chain.stream().anyMatch(t -> t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains(text));
    }

    private static boolean code(List<Throwable> chain, int errorCode) {
        return chain.stream().anyMatch(t -> t instanceof SQLException sql && sql.getErrorCode() == errorCode);
    }
}
