package fiscalledger.projections.sql;

import fiscalledger.projections.readmodel.ReadModelSchema;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.*;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ad-hoc SQL over the read models, read-only by the database's own rules: at start-up an H2 user is (re)created
 * with SELECT grants on the read-model tables and views only, with a fresh random password known to this process
 * alone, and every query runs on a connection of that user. A write, DDL or a look at the event store fails in the
 * database, and the error says the console is read-only. On PostgreSQL each query runs in a READ ONLY transaction.
 * In a store that is read-only as a whole (an H2 file opened with ACCESS_MODE_DATA=r, a SELECT-only PostgreSQL
 * user) no user can be created: queries run on the process's own connection, which the database refuses any write.
 */
public class ReadOnlySql {
    public static final String READER = "LEDGER_READER";
    private static final int TIMEOUT_SECONDS = 30;
    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final ReadModelSchema schema;
    private final boolean storeReadOnly;
    private String url;
    private String password;

    public ReadOnlySql(DataSource dataSource, ReadModelSchema schema) {
        this(dataSource, schema, false);
    }

    public ReadOnlySql(DataSource dataSource, ReadModelSchema schema, boolean storeReadOnly) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.storeReadOnly = storeReadOnly;
    }

    /** Creates (or refreshes) the read-only user and its grants; run after the schema exists. */
    public void initialise() {
        if (storeReadOnly || schema.dialect() != ReadModelSchema.Dialect.H2) {
            return;
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String pw = HexFormat.of().formatHex(secret);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            url = c.getMetaData().getURL();
            st.execute("CREATE USER IF NOT EXISTS " + READER + " PASSWORD '" + pw + "'");
            st.execute("ALTER USER " + READER + " SET PASSWORD '" + pw + "'");
            for (String object : Stream.concat(ReadModelSchema.TABLES.stream(), ReadModelSchema.VIEWS.stream()).toList()) {
                st.execute("GRANT SELECT ON " + object + " TO " + READER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up the read-only SQL user: " + e.getMessage(), e);
        }
        password = pw;
    }

    public QueryResult query(String sql, int maxRows) {
        return query(sql, maxRows, null);
    }

    /**
     * Runs the query with {@code searchFirst} (a schema) searched first, so that its views (e.g. the as-of views of
     * {@link fiscalledger.projections.audit.AsOfSql}) stand in for the read models of the same name.
     */
    public QueryResult query(String sql, int maxRows, String searchFirst) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
        }
        return run(sql, searchFirst, maxRows + 1, rs -> read(rs, maxRows));
    }

    /**
     * Runs the query as {@link #query(String, int, String)} does, on the same read-only connection, but without a
     * row limit: each row goes to {@code sink} as it is read, and the database fetches them in batches (on
     * PostgreSQL through a cursor) rather than all at once. Returns how many rows were handed over. An exception of
     * the sink ends the query and is passed on as it is.
     */
    public long stream(String sql, String searchFirst, RowSink sink) {
        return run(sql, searchFirst, 0, rs -> {
            List<String> columns = columns(rs);
            sink.columns(columns, numbers(rs));
            long rows = 0;
            while (rs.next()) {
                sink.row(values(rs, columns.size()));
                rows++;
            }
            return rows;
        });
    }

    private interface Reading<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** One statement on a read-only connection; {@code maxRows} 0 fetches every row, a batch at a time. */
    private <T> T run(String sql, String searchFirst, int maxRows, Reading<T> reading) {
        if (sql == null || sql.isBlank()) {
            throw new ReadOnlySqlException("no SQL given", null);
        }
        String statement = sql.strip().replaceAll(";+\\s*$", "");
        if (schema.dialect() == ReadModelSchema.Dialect.POSTGRESQL && statement.contains(";")) {
            // a second statement could end the READ ONLY transaction and run outside it
            throw new ReadOnlySqlException("the SQL console is read-only and runs one statement at a time", null);
        }
        try (Connection c = connect()) {
            if (searchFirst != null) {
                try (Statement st = c.createStatement()) {
                    st.execute(schema.dialect() == ReadModelSchema.Dialect.H2 ? "SET SCHEMA " + searchFirst
                            : "SET search_path TO " + searchFirst + ", public");
                }
            }
            try (Statement st = c.createStatement()) {
                st.setQueryTimeout(TIMEOUT_SECONDS);
                st.setMaxRows(maxRows);
                if (maxRows == 0) {
                    // PostgreSQL reads through a cursor only with a fetch size in a transaction (autocommit is off)
                    st.setFetchSize(FETCH_SIZE);
                }
                boolean hasResult = st.execute(statement);
                if (!hasResult) {
                    throw new ReadOnlySqlException("the SQL console is read-only: only queries (SELECT …) are run", null);
                }
                try (ResultSet rs = st.getResultSet()) {
                    return reading.read(rs);
                }
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            }
        } catch (SQLException e) {
            throw new ReadOnlySqlException(explain(e), e);
        }
    }

    private Connection connect() throws SQLException {
        if (schema.dialect() == ReadModelSchema.Dialect.H2 && storeReadOnly) {
            Connection c = dataSource.getConnection();
            c.setReadOnly(true);
            return c;
        }
        if (schema.dialect() == ReadModelSchema.Dialect.H2) {
            if (password == null) {
                initialise();
            }
            Connection c = DriverManager.getConnection(url, READER, password);
            c.setReadOnly(true);
            return c;
        }
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION READ ONLY");
        }
        return c;
    }

    private static QueryResult read(ResultSet rs, int maxRows) throws SQLException {
        List<String> columns = columns(rs);
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            rows.add(values(rs, columns.size()));
        }
        return new QueryResult(List.copyOf(columns), List.copyOf(rows), truncated, numbers(rs));
    }

    /** Which columns the database types as numbers; the driver says so of the column, whatever a row holds. */
    private static List<Boolean> numbers(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<Boolean> numbers = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            numbers.add(switch (md.getColumnType(i)) {
                case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
                     java.sql.Types.DECIMAL, java.sql.Types.NUMERIC, java.sql.Types.REAL, java.sql.Types.FLOAT,
                     java.sql.Types.DOUBLE -> true;
                default -> false;
            });
        }
        return List.copyOf(numbers);
    }

    private static List<String> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(columns);
    }

    private static List<Object> values(ResultSet rs, int columns) throws SQLException {
        List<Object> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
            Object v = rs.getObject(i);
            row.add(v instanceof Date d ? d.toLocalDate() : v);
        }
        return java.util.Collections.unmodifiableList(row);
    }

    private static String explain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().split("; SQL statement:")[0];
        // 90096: not enough rights; 25006: read-only transaction (PostgreSQL); 42501: insufficient privilege
        if (state.equals("90096") || state.equals("25006") || state.equals("42501")
                || message.toLowerCase(Locale.ROOT).contains("read only")
                || message.toLowerCase(Locale.ROOT).contains("admin rights")) {
            return "the SQL console is read-only: it can query the read models (postings, balances, budget, "
                    + "budget_projects, ledgers, asset_facts, performance_evaluations, performance_indicators, "
                    + "procurement_contracts) "
                    + "but not change anything (" + message + ")";
        }
        return "SQL error: " + message;
    }
}
