package fiscalledger.ledger.command;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The little the aggregate remembers of each voucher: enough to skip a re-import, to spot a re-import with changed
 * content (fingerprint), and to undo it on reversal (amount; balance and budget-line keys as numbers of the year's
 * {@link KeyTable}, {@link KeyTable#NONE} when not used). A unit-year holds tens of thousands of them and they all go
 * into the snapshot, so they are written as short JSON arrays.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
record PostedEntry(EntryType type, long amount, int fingerprint, int balance, int line, int fromLine,
                   boolean reversed) {

    PostedEntry markReversed() {
        return new PostedEntry(type, amount, fingerprint, balance, line, fromLine, true);
    }
}
