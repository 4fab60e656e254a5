package fiscalledger.projections.sql;

import fiscalledger.projections.readmodel.ReadModelSchema;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The PostgreSQL user that auditors and analysts connect as: it may log in and SELECT from the event store, the
 * snapshots, the tracking tokens, the processor heartbeats and the read models, and nothing else — no INSERT,
 * UPDATE, DELETE, TRUNCATE or DDL, so the database itself refuses a write whatever the application does. Run by a
 * user that owns the ledger's tables (the writer), after the tables exist (start an officer's process once).
 * The same statements, for a DBA to run with psql, are in {@code fiscalledger/projections/reader-role-postgresql.sql}.
 */
public final class ReaderRole {

    /** The tables besides the read models a reader looks at: events (events, history), snapshots, tokens (status). */
    public static final List<String> STORE_TABLES = List.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "processor_nodes");

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private ReaderRole() {
    }

    /** Creates the user (or resets its password) and grants it SELECT on every table it needs, idempotently. */
    public static void create(DataSource writer, String user, String password) {
        if (user == null || !NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("a reader user name is lower-case letters, digits and _, not '" + user + "'");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the reader user " + user + " needs a password");
        }
        try (Connection c = writer.getConnection(); Statement st = c.createStatement()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                throw new IllegalStateException("a SELECT-only database user is made on PostgreSQL; the embedded H2"
                        + " store is opened read-only with --read-only");
            }
            for (String statement : statements(user, password)) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the reader user " + user + ": " + e.getMessage(), e);
        }
    }

    static List<String> statements(String user, String password) {
        List<String> s = new ArrayList<>();
        String literal = "'" + password.replace("'", "''") + "'";
        s.add("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + user + "') THEN CREATE ROLE "
                + user + " LOGIN; END IF; END $$");
        s.add("ALTER ROLE " + user + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD " + literal);
        // a role may have been given more before: take every table right back, then give SELECT alone
        s.add("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + user);
        s.add("REVOKE CREATE ON SCHEMA public FROM " + user);
        s.add("GRANT USAGE ON SCHEMA public TO " + user);
        List<String> objects = new ArrayList<>(STORE_TABLES);
        objects.addAll(ReadModelSchema.TABLES);
        objects.addAll(ReadModelSchema.VIEWS);
        s.add("GRANT SELECT ON " + String.join(", ", objects) + " TO " + user);
        return s;
    }
}
