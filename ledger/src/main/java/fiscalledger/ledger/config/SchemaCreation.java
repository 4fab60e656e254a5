package fiscalledger.ledger.config;

import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Runs schema DDL so that several processes starting together on one empty PostgreSQL database do not race.
 * {@code CREATE TABLE IF NOT EXISTS} is not safe against a concurrent creator there: the slower process fails with
 * "relation already exists" (or a duplicate key in {@code pg_type}) and does not start. On PostgreSQL the work runs in
 * one transaction that first takes a transaction-scoped advisory lock, so the processes create the schema one after
 * the other and the later ones find it complete (PostgreSQL's DDL is transactional). Inside a surrounding Spring
 * transaction (a rebuild's reset) it joins that transaction and its lock. On H2, a single embedded process, the work
 * simply runs.
 */
public final class SchemaCreation {

    /** The lock every schema creation of the ledger takes: "fiscal-ledger schema", an arbitrary fixed number. */
    static final long LOCK = 0x66_6c_73_63_68_65_6dL;

    @FunctionalInterface
    public interface Work {
        void run(Connection connection) throws SQLException;
    }

    private SchemaCreation() {
    }

    public static void run(DataSource dataSource, Work work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (!isPostgres(c)) {
                work.run(c);
            } else if (DataSourceUtils.isConnectionTransactional(c, dataSource)) {
                lock(c);
                work.run(c);
            } else {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    lock(c);
                    work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the ledger's tables: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static void lock(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        }
    }
}
