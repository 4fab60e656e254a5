package fiscalledger.ledger.journal;

/**
 * Told how far an import has come, for the shell's progress bar: {@code done} of {@code total} journal entries
 * (codes included) have been checked and recorded. Called on the importing thread, first with {@code done == 0}.
 */
@FunctionalInterface
public interface ImportProgressListener {
    ImportProgressListener NONE = (done, total) -> {
    };

    void progress(int done, int total);
}
