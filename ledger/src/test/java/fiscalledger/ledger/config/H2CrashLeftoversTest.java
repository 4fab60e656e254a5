package fiscalledger.ledger.config;

import com.zaxxer.hikari.HikariDataSource;
import fiscalledger.ledger.access.StoreAccess;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of an import can leave the H2 file holding index entries of its open transaction
 * whose undo records H2 had not written yet (H2 writes its maps one after another while the transaction goes on). The
 * file is put into that state here directly — the last event's index entries without their undo records, then the
 * database shut down as a kill would — because the race that leaves it behind is a matter of microseconds.
 */
class H2CrashLeftoversTest {

    private static final String YEAR = "229001/2024";
    /** Recorded and committed before the killed import: these must all survive. */
    private static final int COMMITTED = 20;
    private static final int EVENTS = 50;

    @TempDir
    Path dir;

    @Test
    void aTransactionThatGetsTheKilledOnesIdSeesNoneOfItsEventsAfterARestart() throws Exception {
        int killedTransaction = killDuringAnImportLeavingTheLastEventsIndexEntriesWithoutUndo();
        assertThat(H2CrashLeftovers.closedCleanly(dir.resolve(LedgerDataSourceConfig.DATABASE_FILE))).isFalse();

        try (HikariDataSource ledger = (HikariDataSource) open()) {
            List<Connection> others = new ArrayList<>();
            try {
                Connection reimport = transactionWithId(killedTransaction, others);
                // the import's first question, answered from the (aggregate, sequence) index alone
                assertThat(lastSequence(reimport)).as("last stored sequence number of the unit-year")
                        .isEqualTo(COMMITTED - 1L);
                // and the read of the unit-year's events as Axon reads them, which needs each event's row: every
                // committed event is still there, none of the killed import's
                assertThat(sequencesFrom(reimport, 0)).hasSize(COMMITTED)
                        .allSatisfy(sequence -> assertThat(sequence).isLessThan(COMMITTED));
            } finally {
                for (Connection c : others) {
                    c.close();
                }
            }
            try (Connection c = ledger.getConnection(); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(COMMITTED);
            }
        }
        assertThat(H2CrashLeftovers.closedCleanly(dir.resolve(LedgerDataSourceConfig.DATABASE_FILE))).isTrue();
    }

    @Test
    void theFirstEventAfterAKillIsNumberedRightAfterTheLastOneStored() throws Exception {
        killDuringAnImportLeavingTheLastEventsIndexEntriesWithoutUndo();

        try (HikariDataSource ledger = (HikariDataSource) open(); Connection c = ledger.getConnection()) {
            insertEvents(c, COMMITTED, COMMITTED + 1);
            try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(global_index) FROM domain_event_entry")) {
                rs.next();
                // without closing the gap it comes after every number the killed import took (51 here; 10,001 after
                // the kill in CrashRecoveryIT, H2 handing numbers out from a cache), and every tracking processor
                // carries the numbers in between in its token as gaps
                assertThat(rs.getLong(1)).isEqualTo(COMMITTED + 1L);
            }
        }
    }

    @Test
    void aStoreClosedCleanlyIsMarkedSoAndOpensWithoutBeingRead() throws Exception {
        ((HikariDataSource) open()).close();
        assertThat(H2CrashLeftovers.closedCleanly(dir.resolve(LedgerDataSourceConfig.DATABASE_FILE))).isTrue();
        assertThat(H2CrashLeftovers.closedCleanly(dir.resolve("no-such.mv.db"))).isTrue();
    }

    @Test
    void committedEventsAndAnotherConnectionsUncommittedOnesAreNeverTouched() throws Exception {
        try (HikariDataSource ledger = (HikariDataSource) open();
             Connection writing = ledger.getConnection(); Connection checking = ledger.getConnection()) {
            insertEvents(writing, 0, COMMITTED);
            writing.setAutoCommit(false);
            insertEvents(writing, COMMITTED, EVENTS);

            assertThat(H2CrashLeftovers.clear(checking)).as("entries restored").isZero();

            assertThat(sequencesFrom(writing, 0)).hasSize(EVENTS);
            writing.commit();
            assertThat(sequencesFrom(checking, 0)).hasSize(EVENTS);
            assertThat(lastSequence(checking)).isEqualTo(EVENTS - 1L);
        }
        // opened again (checked again if the pool's connections were not all closed when it ended): all still there
        try (HikariDataSource ledger = (HikariDataSource) open(); Connection c = ledger.getConnection()) {
            assertThat(sequencesFrom(c, 0)).hasSize(EVENTS);
        }
    }

    private static void insertEvents(Connection c, int from, int to) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO domain_event_entry"
                + " (aggregate_identifier, sequence_number, type, event_identifier, payload, payload_type, time_stamp)"
                + " VALUES (?, ?, 'FiscalYearLedger', ?, X'7B7D', 'Expense', '2024-03-01T00:00:00.000Z')")) {
            for (int i = from; i < to; i++) {
                insert.setString(1, YEAR);
                insert.setLong(2, i);
                insert.setString(3, "event-" + i);
                insert.executeUpdate();
            }
        }
    }

    /** The ledger's own data source: schema, and whatever it does with a store its last process did not close. */
    private DataSource open() {
        LedgerProperties properties = new LedgerProperties();
        properties.setDataDir(dir);
        return new LedgerDataSourceConfig().dataSource(properties, StoreAccess.writable(), "", "", "", "", "");
    }

    /** @return the id of the killed transaction */
    private int killDuringAnImportLeavingTheLastEventsIndexEntriesWithoutUndo() throws Exception {
        ((HikariDataSource) open()).close();
        try (Connection importing = DriverManager.getConnection(LedgerDataSourceConfig.h2Url(dir), "sa", "");
             Connection other = DriverManager.getConnection(LedgerDataSourceConfig.h2Url(dir), "sa", "")) {
            insertEvents(importing, 0, COMMITTED);
            importing.setAutoCommit(false);
            insertEvents(importing, COMMITTED, EVENTS);
            SessionLocal session = (SessionLocal) importing.unwrap(JdbcConnection.class).getSession();
            int id = session.getTransaction().getId();
            MVStore store = session.getDatabase().getStore().getMvStore();
            // each event logged its row, then its two unique index entries: the last two records are the last event's
            MVMap<Long, Object> undo = store.openMap("undoLog." + id);
            undo.remove(undo.lastKey());
            undo.remove(undo.lastKey());
            store.commit();
            other.createStatement().execute("SHUTDOWN IMMEDIATELY");
            return id;
        }
    }

    /** A connection whose transaction has {@code id}: H2 gives the lowest free id, so open until one has it. */
    private Connection transactionWithId(int id, List<Connection> opened) throws SQLException {
        for (int i = 0; i < 64; i++) {
            Connection c = DriverManager.getConnection(LedgerDataSourceConfig.h2Url(dir), "sa", "");
            opened.add(c);
            c.setAutoCommit(false);
            // H2 reports the leftover as a concurrent update and retries it until its lock timeout: fail fast
            c.createStatement().execute("SET LOCK_TIMEOUT 200");
            c.createStatement().executeQuery("SELECT COUNT(*) FROM token_entry").close();
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            if (session.getTransaction().getId() == id) {
                return c;
            }
        }
        throw new AssertionError("no transaction got id " + id);
    }

    private static Long lastSequence(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?")) {
            st.setString(1, YEAR);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long max = rs.getLong(1);
                return rs.wasNull() ? null : max;
            }
        }
    }

    private static List<Long> sequencesFrom(Connection c, long from) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT global_index, sequence_number, payload FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number >= ? ORDER BY sequence_number")) {
            st.setString(1, YEAR);
            st.setLong(2, from);
            List<Long> sequences = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getLong(2));
                }
            }
            return sequences;
        }
    }
}
