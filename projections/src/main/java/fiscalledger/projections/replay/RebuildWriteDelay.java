package fiscalledger.projections.replay;

import fiscalledger.projections.readmodel.ReadModelSchema;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * While the shell's {@code replay} waits for a rebuild on H2, H2 writes committed transactions to its file in the
 * background every {@value #DELAY_MILLIS} ms instead of at each commit. The store runs with {@code WRITE_DELAY=0} so
 * that an entry the officer saw recorded is on disk when the command returns; a rebuild's commits hold only read-model
 * rows and the processor's tokens, which the events give again, and writing the file at each of its batches was a
 * fifth of the rebuild's busy thread. A process killed during the rebuild loses at most the last half second of
 * rebuilt rows together with the tokens that covered them (H2 writes a consistent version), and the next start goes
 * on from the tokens it finds. Nothing else writes while the shell waits for the rebuild, and the previous setting is
 * restored (and the file written) when the rebuild ends, fails or the wait times out.
 * <p>
 * The setting is the whole database's; the store's URL sets it again at every start, so a process killed meanwhile
 * leaves no trace of it. In-memory H2 (tests) and PostgreSQL have no such setting to change.
 */
public final class RebuildWriteDelay {
    static final int DELAY_MILLIS = 500;
    private final JdbcTemplate jdbc;

    private RebuildWriteDelay(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static RebuildWriteDelay of(DataSource dataSource, ReadModelSchema.Dialect dialect) {
        return new RebuildWriteDelay(dialect == ReadModelSchema.Dialect.H2 ? new JdbcTemplate(dataSource) : null);
    }

    /** Delays H2's writing until the returned handle is closed; does nothing where there is nothing to delay. */
    Handle begin() {
        if (jdbc == null || Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT DATABASE_PATH() IS NULL", Boolean.class))) {
            return () -> { };
        }
        int before = Integer.parseInt(jdbc.queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"
                + " FETCH FIRST ROW ONLY", String.class));
        if (before >= DELAY_MILLIS) {
            return () -> { };
        }
        jdbc.execute("SET WRITE_DELAY " + DELAY_MILLIS);
        return () -> {
            // an interrupted wait must still restore the setting; H2's file channel would be closed by the interrupt
            boolean interrupted = Thread.interrupted();
            try {
                jdbc.execute("SET WRITE_DELAY " + before);
                jdbc.execute("CHECKPOINT");
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Ends the delay; never throws a checked exception. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }
}
