package fiscalledger.shell;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Storage faults come out as one line that names the real reason, not the misleading layer above it. */
class StorageFailuresTest {

    @Test
    void aFullDiskIsNamedEvenUnderAxonsCannotReuseIdentifierMessage() {
        Exception h2 = new SQLException("General error: Writing to channel failed", "HY000", 50000,
                new IllegalStateException("MVStoreException", new IOException("No space left on device")));
        Exception axon = new EventStoreException("Cannot reuse aggregate identifier [229001/2024] to create aggregate"
                + " [FiscalYearLedger] since identifiers need to be unique.", h2);
        assertThat(ErrorMessages.describe(axon))
                .startsWith("the disk that holds the data directory is full: nothing of this command was recorded");
    }

    @Test
    void aReadOnlyDatabaseIsNamed() {
        Exception axon = new EventStoreException("Cannot reuse aggregate identifier",
                new SQLException("The database is read only", "90097", 90097));
        assertThat(ErrorMessages.describe(axon)).startsWith("the data directory is read-only");
    }

    @Test
    void aLockedDatabaseSaysAnotherProcessHoldsIt() {
        Exception start = new IllegalStateException("cannot open the ledger database",
                new SQLException("Database may be already in use: The file is locked: /data/ledger.mv.db", "90020", 90020));
        assertThat(ErrorMessages.rootCause(start)).startsWith("the data directory is in use by another fiscal-ledger process");
    }

    @Test
    void aUniqueViolationReportedAsTheNextExceptionOfABatchIsStillARace() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("Unique index or primary key violation", "23505", 23505));
        assertThat(new fiscalledger.ledger.access.DuplicateKeyResolver().isDuplicateKeyViolation(batch)).isTrue();
        assertThat(new fiscalledger.ledger.access.DuplicateKeyResolver().isDuplicateKeyViolation(
                new SQLException("NULL not allowed for column", "23502", 23502))).isFalse();
        assertThat(ErrorMessages.describe(new ConcurrencyException("An event for aggregate [229001/2024] at sequence [7]"
                + " was already inserted", batch)))
                .startsWith("another session recorded into the same unit-year at the same moment");
    }

    @Test
    void aWriteRefusedByPostgresqlPermissionsSaysTheUserMayOnlyRead() {
        Exception start = new IllegalStateException("cannot create the tables", new SQLException(
                "ERROR: permission denied for schema public\n  Position: 28", "42501"));
        assertThat(ErrorMessages.rootCause(start))
                .startsWith("the database refused the write (ERROR: permission denied for schema public)")
                .contains("may only read");
    }

    @Test
    void anOrdinaryRuleBreakIsLeftToTheLedgersOwnWords() {
        assertThat(ErrorMessages.describe(new IllegalArgumentException("voucher V-1: amount: amount must be positive")))
                .isEqualTo("voucher V-1: amount: amount must be positive");
    }
}
