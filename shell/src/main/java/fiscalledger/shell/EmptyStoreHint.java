package fiscalledger.shell;

import fiscalledger.shell.service.LedgerServices;
import org.jline.reader.LineReader;

/**
 * Tells the user of an empty store how to load the sample year. Whether the store is empty is asked of the store
 * itself (an H2 file may exist and be empty; a PostgreSQL store has no file at all), which can only be answered once
 * the ledger is up; the prompt must not wait for that, so the answer comes from a thread of its own and the hint is
 * printed above the prompt. Once the user has entered a command the hint is no longer news and is dropped (after a
 * `load-sample` it would even be wrong). On a read-only store the same thread says how far the read models, which
 * no processor of this process keeps current, are behind the events.
 */
final class EmptyStoreHint {

    private final Object lock = new Object();
    private boolean stale;

    static String text(ShellSettings settings) {
        return "The store in " + settings.store() + " is empty: type `load-sample` to load the sample year"
                + " (unit 229001, 2024) or `help` for the commands.";
    }

    void start(LedgerServices services, LineReader reader, String hint) {
        Thread thread = new Thread(() -> {
            boolean empty;
            java.util.Optional<String> notice;
            try {
                empty = services.storeIsEmpty();
                notice = services.readModelsNotice();
            } catch (RuntimeException e) {
                // a store that cannot start says why at the first command that needs it
                return;
            }
            synchronized (lock) {
                if (!stale) {
                    notice.ifPresent(reader::printAbove);
                }
                if (empty && !stale) {
                    reader.printAbove(hint);
                }
            }
        }, "empty-store-hint");
        thread.setDaemon(true);
        thread.start();
    }

    void commandEntered() {
        synchronized (lock) {
            stale = true;
        }
    }
}
