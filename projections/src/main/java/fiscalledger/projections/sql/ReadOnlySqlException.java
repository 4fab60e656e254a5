package fiscalledger.projections.sql;

/** A query the read-only SQL console refused or the database rejected; the message is for the user. */
public class ReadOnlySqlException extends RuntimeException {
    public ReadOnlySqlException(String message, Throwable cause) {
        super(message, cause);
    }
}
