package fiscalledger.projections.audit;

import fiscalledger.ledger.access.StoreAccess;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.sql.QueryResult;
import fiscalledger.projections.sql.ReadOnlySql;
import fiscalledger.projections.sql.ReadOnlySqlException;
import fiscalledger.projections.sql.RowSink;
import org.springframework.core.io.ClassPathResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Ad-hoc SQL on the read models as they stood at a cut-off, without touching them. For one query a temporary schema
 * is created whose views carry the read models' names: {@code postings} holds only the rows within the cut-off,
 * {@code ledgers} forgets a closing after it, {@code asset_facts}, {@code performance_evaluations} and {@code procurement_contracts} forget
 * reversals after it, and {@code balances}, {@code budget} and {@code budget_projects} are the read models' own
 * view definitions (read from the schema script) over those. The query runs on the read-only connection with that
 * schema searched first; the schema is dropped afterwards.
 */
public class AsOfSql {
    private static final List<String> RESTRICTED = List.of("postings", "ledgers", "asset_facts",
            "performance_evaluations", "performance_indicators", "procurement_contracts");

    private final DataSource dataSource;
    private final ReadModelSchema schema;
    private final ReadOnlySql sql;
    private final SecureRandom random = new SecureRandom();
    private final StoreAccess storeAccess;

    public AsOfSql(DataSource dataSource, ReadModelSchema schema, ReadOnlySql sql, StoreAccess storeAccess) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.sql = sql;
        this.storeAccess = storeAccess;
    }

    public QueryResult query(String query, int maxRows, Cutoff cutoff) {
        return atCutoff(cutoff, schemaName -> sql.query(query, maxRows, schemaName));
    }

    /** Every row of the query at the cut-off to {@code sink} as it is read, as {@link ReadOnlySql#stream} does. */
    public long stream(String query, Cutoff cutoff, RowSink sink) {
        return atCutoff(cutoff, schemaName -> sql.stream(query, schemaName, sink));
    }

    /** Runs {@code query} with the as-of schema's name (null: no cut-off, the read models as they stand). */
    private <T> T atCutoff(Cutoff cutoff, java.util.function.Function<String, T> query) {
        if (cutoff == null || cutoff.isNone()) {
            return query.apply(null);
        }
        if (storeAccess.readOnly()) {
            // nothing is tried: on a read-only H2 file even a failed CREATE would be a write attempt to report
            throw readOnly(storeAccess.reason(), null);
        }
        byte[] suffix = new byte[6];
        random.nextBytes(suffix);
        String name = "ASOF_" + HexFormat.of().formatHex(suffix).toUpperCase(Locale.ROOT);
        create(name, cutoff);
        try {
            return query.apply(name);
        } finally {
            drop(name);
        }
    }

    /** The SQL statements that build the as-of schema (documented for users in the sql help). */
    List<String> statements(String name, Cutoff cutoff) {
        String within = condition(cutoff, "business_date", "seq", false);
        String reversedLater = condition(cutoff, "reversed_on", "reversed_seq", true);
        String closedWithin = condition(cutoff, "closed_on", "closed_seq", false);
        List<String> s = new ArrayList<>();
        s.add("CREATE SCHEMA " + name);
        s.add("CREATE VIEW " + name + ".postings AS SELECT * FROM " + base("postings") + " WHERE " + within);
        s.add("CREATE VIEW " + name + ".ledgers AS SELECT unit, fiscal_year, unit_name, department_code, department_name, "
                + "unit_type, opened_on, opened_seq, "
                + "CASE WHEN " + closedWithin + " THEN closed_on END AS closed_on, "
                + "CASE WHEN " + closedWithin + " THEN closed_seq END AS closed_seq, "
                + "CASE WHEN " + closedWithin + " THEN closing_voucher END AS closing_voucher FROM " + base("ledgers")
                + " WHERE " + condition(cutoff, "opened_on", "opened_seq", false));
        s.add("CREATE VIEW " + name + ".asset_facts AS SELECT seq, unit, fiscal_year, voucher, business_date, item, quantity, "
                + "CASE WHEN reversed_seq IS NOT NULL AND NOT (" + reversedLater + ") THEN reversed_seq END AS reversed_seq, "
                + "CASE WHEN reversed_seq IS NOT NULL AND NOT (" + reversedLater + ") THEN reversed_on END AS reversed_on "
                + "FROM " + base("asset_facts") + " WHERE " + within);
        s.add("CREATE VIEW " + name + ".performance_evaluations AS SELECT seq, unit, fiscal_year, voucher, business_date, "
                + "project, declared_target_fen, recorded_by, memo, "
                + "CASE WHEN reversed_seq IS NOT NULL AND NOT (" + reversedLater + ") THEN reversed_seq END AS reversed_seq, "
                + "CASE WHEN reversed_seq IS NOT NULL AND NOT (" + reversedLater + ") THEN reversed_on END AS reversed_on "
                + "FROM " + base("performance_evaluations") + " WHERE " + within);
        s.add("CREATE VIEW " + name + ".performance_indicators AS SELECT * FROM " + base("performance_indicators")
                + " WHERE seq IN (SELECT seq FROM " + name + ".performance_evaluations)");
        s.add("CREATE VIEW " + name + ".procurement_contracts AS SELECT seq, unit, fiscal_year, voucher, business_date, "
                + "project, category, contract_fen, sme_fen, small_micro_fen, supplier, recorded_by, memo, "
                + "CASE WHEN reversed_seq IS NOT NULL AND NOT (" + reversedLater + ") THEN reversed_seq END AS reversed_seq, "
                + "CASE WHEN reversed_seq IS NOT NULL AND NOT (" + reversedLater + ") THEN reversed_on END AS reversed_on "
                + "FROM " + base("procurement_contracts") + " WHERE " + within);
        return s;
    }

    private void create(String name, Cutoff cutoff) {
        boolean h2 = schema.dialect() == ReadModelSchema.Dialect.H2;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String statement : statements(name, cutoff)) {
                st.execute(statement);
            }
            // the derived views are the read models' own definitions, resolved against the as-of tables
            st.execute(h2 ? "SET SCHEMA " + name : "SET search_path TO " + name + ", public");
            try {
                for (String view : derivedViews(h2)) {
                    st.execute(view);
                }
            } finally {
                st.execute(h2 ? "SET SCHEMA PUBLIC" : "SET search_path TO public");
            }
            if (h2) {
                for (String object : objects()) {
                    st.execute("GRANT SELECT ON " + name + "." + object + " TO " + ReadOnlySql.READER);
                }
            }
        } catch (SQLException e) {
            drop(name);
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("90097") || state.equals("42501") || state.equals("25006")) {
                // a read-only store (read-only data directory, SELECT-only database user) cannot hold the views
                throw readOnly("the database refused to create them: " + e.getMessage(), e);
            }
            throw new ReadOnlySqlException("cannot prepare the as-of views: " + e.getMessage(), e);
        }
    }

    /** Why an as-of query cannot run on this store, and what the user can do instead. */
    static ReadOnlySqlException readOnly(String why, Throwable cause) {
        return new ReadOnlySqlException("as-of sql needs temporary views of the read models cut off at the date, and"
                + " this store cannot hold them (" + why + "). Here use `as-of DATE show TABLE`, `as-of DATE trace …`,"
                + " `as-of DATE history …` or `as-of DATE check`, which need no views, or `sql` on the read models as"
                + " they stand; run the as-of query in a process that may write the store (on PostgreSQL one"
                + " connected as the writing user, without --db-reader-user)", cause);
    }

    private void drop(String name) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } catch (SQLException e) {
            // a left-over schema holds only views and is harmless; the next start does not need it
        }
    }

    private static List<String> objects() {
        List<String> all = new ArrayList<>(RESTRICTED);
        all.addAll(ReadModelSchema.VIEWS);
        return all;
    }

    private static List<String> derivedViews(boolean h2) {
        String script;
        try {
            script = new ClassPathResource("fiscalledger/projections/" + (h2 ? "schema-h2.sql" : "schema-postgresql.sql"))
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the read-model schema script is missing from the class path", e);
        }
        // the script's statements end with ";" at the end of a line; comments are whole lines starting with "--"
        StringBuilder text = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> text.append(l).append('\n'));
        List<String> statements = List.of(text.toString().split(";\\s*\n"));
        // views depend on each other in script order (budget before budget_projects), as the script creates them
        return statements.stream().map(String::strip)
                .filter(st -> st.toUpperCase(Locale.ROOT).matches("(?s)CREATE (OR REPLACE )?VIEW.*")).toList();
    }

    private String base(String table) {
        return (schema.dialect() == ReadModelSchema.Dialect.H2 ? "PUBLIC." : "public.") + table;
    }

    /**
     * "Within the cut-off" for a date and a sequence column, as SQL with literals (both are typed values, never user
     * text); with {@code after} the negation for a later event ("not yet happened"): date after or sequence after.
     */
    static String condition(Cutoff cutoff, String dateColumn, String sequenceColumn, boolean after) {
        List<String> parts = new ArrayList<>();
        if (cutoff.throughDate() != null) {
            parts.add(dateColumn + (after ? " > " : " <= ") + "DATE '" + cutoff.throughDate() + "'");
        }
        if (cutoff.throughSequence() != null) {
            parts.add(sequenceColumn + (after ? " > " : " <= ") + cutoff.throughSequence());
        }
        return parts.isEmpty() ? (after ? "1 = 0" : "1 = 1") : "(" + String.join(after ? " OR " : " AND ", parts) + ")";
    }
}
