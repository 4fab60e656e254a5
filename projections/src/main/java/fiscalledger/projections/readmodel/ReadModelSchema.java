package fiscalledger.projections.readmodel;

import fiscalledger.ledger.config.SchemaCreation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Creates the read-model tables and views (idempotently, at start-up) in the flavour of the database at hand, and
 * clears or drops them for a rebuild.
 */
public class ReadModelSchema {
    /** The read-model tables, children before parents. */
    public static final List<String> TABLES = List.of("postings", "ledgers", "asset_facts",
            "performance_indicators", "performance_evaluations", "procurement_contracts");
    public static final List<String> VIEWS = List.of("budget_projects", "budget", "balances");
    /**
     * The table whose row says a rebuild has emptied the read models without having committed its replay tokens
     * ({@link #beginRebuild()}). Not a read model, so not in {@link #TABLES}: a rebuild must not empty it, a damaged
     * or dropped set of read models must not take it along, and readers are not granted it.
     */
    public static final String REBUILD_MARKER = "read_model_rebuild";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public ReadModelSchema(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public enum Dialect { H2, POSTGRESQL }

    public Dialect dialect() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return Dialect.H2;
            }
            if (product.contains("postgres")) {
                return Dialect.POSTGRESQL;
            }
            throw new IllegalStateException("the read models support H2 and PostgreSQL, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the read-model database: " + e.getMessage(), e);
        }
    }

    public void create() {
        boolean h2 = dialect() == Dialect.H2;
        if (h2) {
            setAsideFormerPostings();
        }
        String script = h2 ? "schema-h2.sql" : "schema-postgresql.sql";
        ResourceDatabasePopulator populator =
                new ResourceDatabasePopulator(new ClassPathResource("fiscalledger/projections/" + script));
        populator.setSqlScriptEncoding("UTF-8");
        // several processes may start together on one empty PostgreSQL database
        SchemaCreation.run(dataSource, populator::populate);
        if (h2) {
            copyFormerPostings();
        }
    }

    /** The columns of {@code postings} a store created before the row key holds (all but {@code id}). */
    private static final String POSTING_COLUMNS = "seq, line_no, unit, fiscal_year, movement, fund, function_code, "
            + "economic_code, kind, project, procurement, sme_fen, small_micro_fen, amount_fen, voucher, business_date, "
            + "adjustment_type, document, reversed_voucher, reversal_reason, recorded_by, recorded_reason, memo";
    /** Where the postings of a store created before the row key wait while the new table is created. */
    private static final String FORMER_POSTINGS = "postings_unkeyed";

    /**
     * An H2 store created before the postings' row key ({@link PostingKey}) keeps its rows, tokens and read models:
     * its {@code postings} table is renamed aside (without the views and indexes that name it) so that the schema
     * script creates the new one. Every step is idempotent, and a process stopped anywhere between here and
     * {@link #copyFormerPostings()} finishes the move at its next start.
     */
    private void setAsideFormerPostings() {
        if (!exists("POSTINGS") || hasColumn("POSTINGS", "ID")) {
            return;
        }
        for (String view : VIEWS) {
            jdbc.execute("DROP VIEW IF EXISTS " + view);
        }
        for (String index : List.of("ix_postings_movement_voucher", "ix_postings_ledger", "ix_postings_voucher")) {
            jdbc.execute("DROP INDEX IF EXISTS " + index);
        }
        // constraint names are the schema's: the new table's primary key takes the name
        jdbc.execute("ALTER TABLE postings DROP CONSTRAINT IF EXISTS pk_postings");
        jdbc.execute("ALTER TABLE postings RENAME TO " + FORMER_POSTINGS);
    }

    /**
     * Copies the set-aside postings into the new table, in one statement (one transaction: a process stopped during
     * it leaves the new table empty and copies again), then drops them. A non-empty new table means the copy was
     * done: nothing else writes before the processor starts, after this.
     */
    private void copyFormerPostings() {
        if (!exists(FORMER_POSTINGS.toUpperCase(Locale.ROOT))) {
            return;
        }
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class);
        if (rows != null && rows == 0) {
            jdbc.execute("INSERT INTO postings (" + POSTING_COLUMNS + ") SELECT " + POSTING_COLUMNS + " FROM "
                    + FORMER_POSTINGS);
        }
        jdbc.execute("DROP TABLE " + FORMER_POSTINGS);
    }

    /**
     * Whether {@code postings} is keyed by {@link PostingKey} (H2 since the row key): a read-only process may open an
     * H2 store written before it, which it cannot move, and then asks for (seq, line_no) as PostgreSQL is asked.
     */
    public boolean postingsRowKeyed() {
        return dialect() == Dialect.H2 && hasColumn("POSTINGS", "ID");
    }

    /**
     * Whether the table exists in the public schema and this user may see it (PostgreSQL lists only the tables a user
     * holds a right on); the name in any case, as H2 (upper) and PostgreSQL (lower) store it differently.
     */
    private boolean exists(String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_SCHEMA) = "
                + "'public' AND LOWER(TABLE_NAME) = LOWER(?) AND TABLE_TYPE = 'BASE TABLE'", Long.class, table);
        return n != null && n > 0;
    }

    private boolean hasColumn(String table, String column) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ?", Long.class, table, column);
        return n != null && n > 0;
    }

    /**
     * Records, before {@link #clear()}, that a rebuild is emptying the read models. On H2 TRUNCATE commits the open
     * transaction by itself, and this row with it, while the replay tokens are stored only at the end of the reset:
     * a process killed in between leaves empty read models under the old, caught-up tokens, and this row tells the
     * next start to rebuild again. On PostgreSQL the row is never committed ({@link #endRebuild()} deletes it in the
     * same transaction).
     */
    public void beginRebuild() {
        jdbc.update("INSERT INTO " + REBUILD_MARKER + " (begun_at) VALUES (?)",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /**
     * Deletes the rebuild's row (and any left by an interrupted one) in the reset's still open transaction, so that it
     * goes with the replay tokens: committed together, or not at all.
     */
    public void endRebuild() {
        jdbc.update("DELETE FROM " + REBUILD_MARKER);
    }

    /**
     * When a rebuild began that emptied the read models and never committed its replay tokens, if one did. Empty too
     * when the table does not exist (a store not yet opened by this version's writing process) or this user may not
     * see it (a PostgreSQL reader: there the row is never committed anyway).
     */
    public Optional<OffsetDateTime> interruptedRebuild() {
        if (!exists(REBUILD_MARKER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject("SELECT MIN(begun_at) FROM " + REBUILD_MARKER,
                OffsetDateTime.class));
    }

    /** Empties every read model (the tracking processor's reset handler). */
    public void clear() {
        for (String table : TABLES) {
            // TRUNCATE: a rebuild empties hundreds of thousands of rows, which DELETE would log one by one
            jdbc.execute("TRUNCATE TABLE " + table);
        }
    }

    /**
     * Drops every read model: what a damaged database or an operator might do; {@link #create()} restores them. The
     * {@link #REBUILD_MARKER} stays, with a row an interrupted rebuild left.
     */
    public void drop() {
        for (String view : VIEWS) {
            jdbc.execute("DROP VIEW IF EXISTS " + view);
        }
        for (String table : TABLES) {
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /** The read-model tables and views missing from the database (empty when intact). */
    public List<String> missing() {
        try (Connection c = dataSource.getConnection()) {
            return java.util.stream.Stream.concat(TABLES.stream(), VIEWS.stream()).filter(name -> {
                try (var rs = c.getMetaData().getTables(null, null, null, new String[]{"TABLE", "VIEW", "BASE TABLE"})) {
                    while (rs.next()) {
                        if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                            return false;
                        }
                    }
                    return true;
                } catch (SQLException e) {
                    return true;
                }
            }).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the read-model database: " + e.getMessage(), e);
        }
    }
}
