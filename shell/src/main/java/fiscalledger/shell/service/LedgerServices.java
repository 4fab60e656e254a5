package fiscalledger.shell.service;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.audit.AuditServices;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.projections.table.TableView;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the shell asks of the ledger and its read side. The commands depend on this alone, so they can be
 * tested without starting Spring, and the real implementation can be started lazily behind the prompt.
 */
public interface LedgerServices {

    /**
     * True when the store holds no event at all (asked of the store itself, H2 file or PostgreSQL, not of the file
     * system). Answering may wait until the ledger has started.
     */
    default boolean storeIsEmpty() {
        return ledgers().isEmpty();
    }

    /**
     * What a user should know about the read models before trusting an answer, or empty: on a read-only store (a
     * read-only data directory, a SELECT-only database user) no processor runs here, so the read models are as the
     * writing process left them; this says so, why the store is read-only, and how far behind the events they are.
     */
    default java.util.Optional<String> readModelsNotice() {
        return java.util.Optional.empty();
    }

    /** Every unit-year in the store, ordered by unit then year. */
    List<LedgerSummary> ledgers();

    /** Ids of the tables `show` can print, in order (01 … 10, perf, notes, balances). */
    List<String> tableIds();

    TableView table(String tableId, LedgerKey ledger);

    List<IdentityResult> check(LedgerKey ledger);

    /** Runs one query on a read-only connection: the database itself refuses any write. */
    QueryResult sql(String query);

    /**
     * Runs one query as {@link #sql(String)} does, read-only alike, but hands every row to {@code rows} as it is read:
     * no row limit and none held, for exports. Returns the number of rows.
     */
    long sql(String query, QueryRows rows);

    /** Imports a journal file as a whole or not at all. */
    ImportSummary importJournal(Path file, ImportProgress progress);

    /**
     * The same for a file in another encoding than UTF-8 (GBK from an older Excel), said by the user, never guessed:
     * the journal reader decodes it strictly, and a byte that is not of that encoding is one of the file's problems,
     * with its line.
     */
    default ImportSummary importJournal(Path file, java.nio.charset.Charset encoding, ImportProgress progress) {
        if (encoding.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            return importJournal(file, progress);
        }
        throw new CommandFailure("importing a " + encoding.name() + " file is not available in this shell");
    }

    /** Imports the bundled sample year through the same path as {@link #importJournal}. */
    ImportSummary importSample(ImportProgress progress);

    /** Sends one recording command (a ledger command or a code registration) and waits for its outcome. */
    RecordOutcome record(Object command, String reason);

    /** Known 支出功能分类 codes with their names, in code order. */
    Map<String, String> functionCodes();

    /** Known 支出经济分类 codes with their names, in code order. */
    Map<String, String> economicCodes();

    /** Project names recorded in the store (budget lines and expenditure), sorted. */
    List<String> projects();

    /** The auditors' read services: traces, timelines, the event log, processor status, replay, cut-off reads. */
    default AuditServices audit() {
        throw new CommandFailure("the audit services (trace, history, events, status, replay, as-of) are not "
                + "available in this shell");
    }

    /** Waits until the read models hold every event stored so far (reads through {@link #audit()} call it first). */
    default void awaitReadModels() {
    }

    /** The cut-off these services read at: none, except in the services {@code as-of} hands to a command. */
    default Cutoff cutoff() {
        return Cutoff.NONE;
    }
}
