package fiscalledger.shell;

import fiscalledger.ledger.api.Role;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shell keeps its data and how it reports: the data directory, the working directory, --debug; and who is
 * at it: the role and whether it records nothing (always so for an auditor or an analyst). {@code store} names
 * where the ledger's events are kept, for the user: the data directory, or the --db URL without its parameters.
 */
public record ShellSettings(Path dataDirectory, Path workingDirectory, boolean debug, Role role, boolean readOnly,
                            String store) {

    public ShellSettings {
        readOnly = readOnly || !role.mayRecord();
        store = store == null || store.isBlank() ? dataDirectory.toString() : store;
    }

    /** The embedded store in the data directory. */
    public ShellSettings(Path dataDirectory, Path workingDirectory, boolean debug, Role role, boolean readOnly) {
        this(dataDirectory, workingDirectory, debug, role, readOnly, null);
    }

    /** An officer who may record. */
    public ShellSettings(Path dataDirectory, Path workingDirectory, boolean debug) {
        this(dataDirectory, workingDirectory, debug, Role.OFFICER, false);
    }

    /** A --db URL as the user may see it: its parameters (which may hold a password) left out. */
    public static String describeDatabase(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    public Path historyFile() {
        return dataDirectory.resolve("history");
    }

    /** Why a recording command is refused here, or empty when this shell may record. */
    public Optional<String> recordingRefusal() {
        if (!readOnly) {
            return Optional.empty();
        }
        // what is refused is recording: the events are never written here; the read models, derived from them,
        // are still kept current and may be rebuilt (`replay`), so "read-only data" would not be true
        return Optional.of(role.mayRecord()
                ? "this shell was started with --read-only, which records nothing"
                : "the " + role.id() + " role (" + role.label() + ") records nothing");
    }
}
