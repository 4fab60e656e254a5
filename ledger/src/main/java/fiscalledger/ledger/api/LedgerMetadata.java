package fiscalledger.ledger.api;

/** Keys of the Axon metadata every recorded event carries: who recorded it and why. */
public final class LedgerMetadata {
    /** The user who recorded the event (OS user or --user). */
    public static final String USER = "user";
    /** Why it was recorded: e.g. "import journal-2024-03.csv line 17" or "shell: expense". */
    public static final String REASON = "reason";
    /** Where an entry of a journal came from ("journal-2024.csv:17"), set by the ledger on events it records from a journal. */
    public static final String SOURCE = "source";

    /**
     * The event's global sequence number (its {@code global_index} in the event table), added by the event store to
     * the metadata of every event a tracking processor reads; never stored. Not the tracking token's position, which
     * for an event that fills a gap is a later event's.
     */
    public static final String GLOBAL_INDEX = "globalIndex";

    private LedgerMetadata() {
    }
}
