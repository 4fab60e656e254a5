package fiscalledger.ledger.command;

/**
 * The little the aggregate remembers of each voucher: enough to skip a re-import, to spot a re-import with changed
 * content (fingerprint), and to undo it on reversal (amount, balance key, budget line keys). Kept small because a
 * unit-year holds tens of thousands of them and they all go into the snapshot.
 */
record PostedEntry(EntryType type, long amount, int fingerprint, String balance, String line, String fromLine,
                   boolean reversed) {

    PostedEntry markReversed() {
        return new PostedEntry(type, amount, fingerprint, balance, line, fromLine, true);
    }
}
