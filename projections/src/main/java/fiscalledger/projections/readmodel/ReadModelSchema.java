package fiscalledger.projections.readmodel;

import fiscalledger.ledger.config.SchemaCreation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Creates the read-model tables and views (idempotently, at start-up) in the flavour of the database at hand, and
 * clears or drops them for a rebuild.
 */
public class ReadModelSchema {
    /** The read-model tables, children before parents. */
    public static final List<String> TABLES = List.of("postings", "ledgers", "asset_facts",
            "performance_indicators", "performance_evaluations", "procurement_contracts");
    public static final List<String> VIEWS = List.of("budget_projects", "budget", "balances");

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
        String script = dialect() == Dialect.H2 ? "schema-h2.sql" : "schema-postgresql.sql";
        ResourceDatabasePopulator populator =
                new ResourceDatabasePopulator(new ClassPathResource("fiscalledger/projections/" + script));
        populator.setSqlScriptEncoding("UTF-8");
        // several processes may start together on one empty PostgreSQL database
        SchemaCreation.run(dataSource, populator::populate);
    }

    /** Empties every read model (the tracking processor's reset handler). */
    public void clear() {
        for (String table : TABLES) {
            // TRUNCATE: a rebuild empties hundreds of thousands of rows, which DELETE would log one by one
            jdbc.execute("TRUNCATE TABLE " + table);
        }
    }

    /** Drops every read model: what a damaged database or an operator might do; {@link #create()} restores them. */
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
