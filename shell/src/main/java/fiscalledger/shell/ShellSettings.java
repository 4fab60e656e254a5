package fiscalledger.shell;

import fiscalledger.ledger.api.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shell keeps its data and how it reports: the data directory, the working directory, --debug; and who is
 * at it: the role and whether the data is open read-only (always for an auditor or an analyst).
 */
public record ShellSettings(Path dataDirectory, Path workingDirectory, boolean debug, Role role, boolean readOnly) {

    /** The H2 database file the ledger keeps in the data directory. */
    public static final String DATABASE_FILE = "ledger.mv.db";

    public ShellSettings {
        readOnly = readOnly || !role.mayRecord();
    }

    /** An officer who may record. */
    public ShellSettings(Path dataDirectory, Path workingDirectory, boolean debug) {
        this(dataDirectory, workingDirectory, debug, Role.OFFICER, false);
    }

    public Path historyFile() {
        return dataDirectory.resolve("history");
    }

    /** True when nothing was ever stored here, judged without starting the ledger (so the hint comes at once). */
    public boolean storeIsNew() {
        return !Files.exists(dataDirectory.resolve(DATABASE_FILE));
    }

    /** Why a recording command is refused here, or empty when this shell may record. */
    public Optional<String> recordingRefusal() {
        if (!readOnly) {
            return Optional.empty();
        }
        return Optional.of(role.mayRecord()
                ? "the data directory is open read-only (--read-only)"
                : "the " + role.id() + " role (" + role.label() + ") opens the data read-only");
    }
}
