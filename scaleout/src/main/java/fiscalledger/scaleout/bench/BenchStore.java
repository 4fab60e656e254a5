package fiscalledger.scaleout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, empty store for one benchmark run: an H2 file in a new directory, or a new database on a PostgreSQL
 * server. {@link #close()} removes it again.
 */
abstract class BenchStore implements AutoCloseable {

    abstract String name();

    /** The Spring properties that point the ledger at this store. */
    abstract List<String> springProperties();

    /** The shell's arguments that open this store. */
    abstract List<String> shellArguments();

    abstract Connection connect() throws SQLException;

    /** The ledger's event tables, from the same script the ledger runs at start-up (it skips existing tables). */
    void createEventTables() throws SQLException {
        try (Connection c = connect()) {
            String dialect = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? "postgresql" : "h2";
            org.springframework.jdbc.datasource.init.ScriptUtils.executeSqlScript(c,
                    new org.springframework.core.io.support.EncodedResource(
                            new org.springframework.core.io.ClassPathResource("db/" + dialect + "/axon-schema.sql"),
                            java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Override
    public abstract void close();

    static BenchStore h2(Path parent) throws IOException {
        Files.createDirectories(parent);
        return new H2(Files.createTempDirectory(parent, "bench-h2-"));
    }

    static BenchStore postgresql(String serverUrl, String user, String password) throws SQLException {
        String db = "fl_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db + " ENCODING 'UTF8'");
        }
        return new Postgres(serverUrl, user, password, db);
    }

    private static final class H2 extends BenchStore {
        private final Path dir;

        H2(Path dir) {
            this.dir = dir;
        }

        @Override
        String name() {
            return "H2 " + org.h2.engine.Constants.VERSION + " (file)";
        }

        @Override
        List<String> springProperties() {
            return List.of("fiscal-ledger.data-dir=" + dir);
        }

        @Override
        List<String> shellArguments() {
            return List.of("--data", dir.toString());
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger") + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove " + dir + ": " + e.getMessage());
            }
        }
    }

    private static final class Postgres extends BenchStore {
        private final String serverUrl;
        private final String user;
        private final String password;
        private final String db;

        Postgres(String serverUrl, String user, String password, String db) {
            this.serverUrl = serverUrl;
            this.user = user;
            this.password = password;
            this.db = db;
        }

        @Override
        String name() {
            try (Connection c = connect()) {
                return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                return "PostgreSQL";
            }
        }

        String url() {
            int slash = serverUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = serverUrl.indexOf('?', slash);
            return serverUrl.substring(0, slash + 1) + db + (query < 0 ? "" : serverUrl.substring(query));
        }

        @Override
        List<String> springProperties() {
            List<String> p = new ArrayList<>();
            p.add("spring.datasource.url=" + url());
            p.add("spring.datasource.username=" + (user == null ? "" : user));
            p.add("spring.datasource.password=" + (password == null ? "" : password));
            return p;
        }

        @Override
        List<String> shellArguments() {
            return List.of("--db", url());
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user, password);
        }

        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop " + db + ": " + e.getMessage());
            }
        }
    }
}
