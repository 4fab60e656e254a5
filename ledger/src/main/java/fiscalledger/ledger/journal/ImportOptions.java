package fiscalledger.ledger.journal;

import java.util.Objects;

/**
 * How to import: who is importing (goes into every event's {@code LedgerMetadata.USER}) and who to tell about
 * progress.
 */
public record ImportOptions(String user, ImportProgressListener progress) {

    public ImportOptions {
        Objects.requireNonNull(user, "an import needs the user who makes it");
        if (user.isBlank()) {
            throw new IllegalArgumentException("an import needs the user who makes it");
        }
        progress = progress == null ? ImportProgressListener.NONE : progress;
    }

    public static ImportOptions by(String user) {
        return new ImportOptions(user, ImportProgressListener.NONE);
    }
}
