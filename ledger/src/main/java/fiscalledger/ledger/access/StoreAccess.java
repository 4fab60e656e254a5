package fiscalledger.ledger.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether this process may write to its database at all — a fact about the storage, not about the user: the data
 * directory sits on a read-only file system (or its permissions refuse writing), or the process is connected to
 * PostgreSQL as a user that holds only SELECT rights. Such a process creates no tables, runs no tracking processor
 * (it would have to write tokens and read-model rows) and reads the read models a writing process keeps current;
 * every recording is refused with {@link #reason()}.
 */
public record StoreAccess(boolean readOnly, String reason) {

    public StoreAccess {
        if (readOnly && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a read-only store needs the reason it is read-only");
        }
    }

    public static StoreAccess writable() {
        return new StoreAccess(false, null);
    }

    public static StoreAccess readOnly(String reason) {
        return new StoreAccess(true, reason);
    }

    /**
     * Why no file can be created in {@code directory} (the operating system's words, e.g. "Read-only file system"),
     * or empty when one can. Asked of the file system by trying, because the permission bits do not tell: root
     * writes through {@code chmod a-w}, while a read-only mount refuses everyone.
     */
    public static java.util.Optional<String> writeRefusal(Path directory) {
        try {
            Path probe = Files.createTempFile(directory, ".write-probe", ".tmp");
            Files.delete(probe);
            return java.util.Optional.empty();
        } catch (java.nio.file.AccessDeniedException e) {
            return java.util.Optional.of("permission denied");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // FileSystemException's message is "path: reason"; the path is named by the caller
            int colon = why.lastIndexOf(": ");
            return java.util.Optional.of(colon >= 0 ? why.substring(colon + 2) : why);
        }
    }
}
