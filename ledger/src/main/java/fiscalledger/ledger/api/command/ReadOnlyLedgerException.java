package fiscalledger.ledger.api.command;

/**
 * A recording command (or an event) reached a ledger that is open read-only — for an auditor or an analyst, or with
 * {@code --read-only}. Nothing was recorded; the message says why and how to record instead.
 */
public class ReadOnlyLedgerException extends IllegalStateException {

    public ReadOnlyLedgerException(String message) {
        super(message);
    }
}
