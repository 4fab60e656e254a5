package fiscalledger.shell;

import fiscalledger.ledger.access.ConcurrentWriteRetry;
import fiscalledger.ledger.config.LedgerDataSourceConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

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

    /** Below this, the disk counts as full: H2 writes in chunks of up to a few megabytes. */
    private static final long NEARLY_FULL = 4L * 1024 * 1024;

    /** The data directory of this process's store (null on an external database such as PostgreSQL). */
    private static volatile Path dataDirectory;

    private StorageFailures() {
    }

    /** The process has one store: its failures are described with the directory named. */
    static void dataDirectory(Path directory) {
        dataDirectory = directory;
    }

    static Optional<String> explain(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (chain.stream().anyMatch(t -> t instanceof fiscalledger.projections.sql.ReadOnlySqlException)) {
            // the SQL console's own read-only connection refusing a write: it explains itself
            return Optional.empty();
        }
        if (any(chain, "no space left on device") || any(chain, "disk full") || any(chain, "file too large")
                || code(chain, 90098) || code(chain, 90028) || any(chain, "writing to ")
                && chain.stream().anyMatch(t -> t.getClass().getSimpleName().equals("MVStoreException"))) {
            return Optional.of(writeFailure(chain));
        }
        if (code(chain, 90097) || any(chain, "read-only file system")
                || chain.stream().anyMatch(t -> t instanceof java.nio.file.AccessDeniedException)) {
            return Optional.of(directory() + " is read-only (its file system or permissions refuse writing):"
                    + " nothing was recorded; queries still work. Record from a writable data directory");
        }
        if (code(chain, 90020) || any(chain, "file is locked") || any(chain, "database may be already in use")) {
            return Optional.of(directory() + " is in use by another fiscal-ledger process, which holds its database"
                    + " (" + LedgerDataSourceConfig.DATABASE_FILE + ") locked: nothing was done here. Close that shell"
                    + " (or let its import finish) and try again, or use another --data directory");
        }
        if (state(chain, "42501")) {
            return Optional.of("the database refused the write (" + message(chain, "42501") + "): this process is"
                    + " connected as a user that may only read, and nothing was recorded. Record as an officer"
                    + " connected as the ledger's writing user");
        }
        if (ConcurrentWriteRetry.isWriteConflict(failure)) {
            return Optional.of("another session recorded into the same unit-year at the same moment and this command"
                    + " lost the race every time it was retried: nothing of it was recorded. Run it again — entries"
                    + " whose voucher is already recorded are skipped");
        }
        return Optional.empty();
    }

    /**
     * A write to the database file failed, and H2 then closes the database to keep the file as it was at the last
     * commit: the thread that hit the failure may be another one (the read-model processor), so this command's own
     * chain often says only "the database has been closed". The reason is asked of the machine: the free space
     * where the data directory lives, and the process's file size limit (ulimit -f).
     */
    private static String writeFailure(List<Throwable> chain) {
        String outcome = ": nothing of this command was recorded (its transaction was rolled back, and an import"
                + " records the whole file or nothing). ";
        String after = "start the shell again and run the command again";
        Path dir = dataDirectory;
        if (any(chain, "no space left on device") || any(chain, "disk full") || usableSpace(dir) < NEARLY_FULL) {
            return "the disk that holds " + directory() + " is full" + outcome + "Free some space, then " + after;
        }
        OptionalLong limit = fileSizeLimit();
        if (any(chain, "file too large") || limit.isPresent()) {
            return "the database file in " + directory() + " reached the largest file this process may write"
                    + (limit.isPresent() ? " (ulimit -f: " + limit.getAsLong() / 1024 + " KiB)" : "")
                    + outcome + "Raise the limit (or free space), then " + after;
        }
        return "the database in " + directory() + " could not be written and was closed (" + rootMessage(chain) + ")"
                + outcome + "Check the disk, then " + after;
    }

    private static String directory() {
        Path dir = dataDirectory;
        return dir == null ? "the data directory" : "the data directory " + dir;
    }

    private static long usableSpace(Path dir) {
        if (dir == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The soft RLIMIT_FSIZE of this process, where the system shows it (Linux), when it is not unlimited. */
    private static OptionalLong fileSizeLimit() {
        Path limits = Path.of("/proc/self/limits");
        try {
            for (String line : Files.readAllLines(limits)) {
                if (line.startsWith("Max file size")) {
                    String soft = line.substring("Max file size".length()).strip().split("\\s+")[0];
                    return soft.equals("unlimited") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(soft));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or unreadable: the limit cannot be named
        }
        return OptionalLong.empty();
    }

    private static String rootMessage(List<Throwable> chain) {
        Throwable last = chain.get(chain.size() - 1);
        String m = last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage();
        return m.split("; SQL statement:")[0].strip();
    }

    private static boolean state(List<Throwable> chain, String sqlState) {
        return chain.stream().anyMatch(t -> t instanceof SQLException sql && sqlState.equals(sql.getSQLState()));
    }

    private static String message(List<Throwable> chain, String sqlState) {
        return chain.stream().filter(t -> t instanceof SQLException sql && sqlState.equals(sql.getSQLState()))
                .map(t -> t.getMessage().lines().findFirst().orElse("").strip()).findFirst().orElse(sqlState);
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
