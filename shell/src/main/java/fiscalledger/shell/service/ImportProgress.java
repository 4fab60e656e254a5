package fiscalledger.shell.service;

/** Told how far an import has got, so a long file shows a moving bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void advanced(long done, long total);

    /** The task is over (success or not): a bar clears itself. */
    default void finished() {
    }
}
