package fiscalledger.shell;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shell keeps its data and how it reports: the data directory, the working directory, --debug. */
public record ShellSettings(Path dataDirectory, Path workingDirectory, boolean debug) {

    /** The H2 database file the ledger keeps in the data directory. */
    public static final String DATABASE_FILE = "ledger.mv.db";

    public Path historyFile() {
        return dataDirectory.resolve("history");
    }

    /** True when nothing was ever stored here, judged without starting the ledger (so the hint comes at once). */
    public boolean storeIsNew() {
        return !Files.exists(dataDirectory.resolve(DATABASE_FILE));
    }
}
