package fiscalledger.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh, empty PostgreSQL database for one test, on the server named by {@code FISCAL_LEDGER_TEST_PG_URL} (with
 * {@code _USER}, {@code _PASSWORD}; .ci/run starts one). Without that server the test is skipped, saying so; with
 * {@code FISCAL_LEDGER_TEST_PG_REQUIRED=true} (CI) a missing or unreachable server fails it instead. Shared by the
 * scale-out tests and the shell's PostgreSQL reader test, so that the settings are read one way.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private PostgresTestDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    public static PostgresTestDatabase create() {
        String url = setting("FISCAL_LEDGER_TEST_PG_URL");
        boolean required = "true".equalsIgnoreCase(setting("FISCAL_LEDGER_TEST_PG_REQUIRED"));
        if (url == null || url.isBlank()) {
            if (required) {
                fail("FISCAL_LEDGER_TEST_PG_REQUIRED is set but FISCAL_LEDGER_TEST_PG_URL names no PostgreSQL server");
            }
            assumeTrue(false, "PostgreSQL tests skipped: no server configured (set FISCAL_LEDGER_TEST_PG_URL, "
                    + "FISCAL_LEDGER_TEST_PG_USER, FISCAL_LEDGER_TEST_PG_PASSWORD, or run .ci/run)");
        }
        String user = setting("FISCAL_LEDGER_TEST_PG_USER");
        String password = setting("FISCAL_LEDGER_TEST_PG_PASSWORD");
        String name = "fl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            if (required) {
                fail("cannot create a test database on " + url + ": " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL tests skipped: " + url + " is not reachable (" + e.getMessage() + ")");
        }
        return new PostgresTestDatabase(url, user, password, name);
    }

    private static String setting(String name) {
        String property = System.getProperty(name);
        return property != null ? property : System.getenv(name);
    }

    /** The JDBC URL of this test's own database. */
    public String url() {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Spring properties that point a ledger at this database. */
    public List<String> springProperties() {
        List<String> p = new ArrayList<>();
        p.add("spring.datasource.url=" + url());
        p.add("spring.datasource.username=" + (user == null ? "" : user));
        p.add("spring.datasource.password=" + (password == null ? "" : password));
        return p;
    }

    /** The same, with the connections named {@code applicationName} in {@code pg_stat_activity}. */
    public List<String> springProperties(String applicationName) {
        List<String> p = springProperties();
        String url = url();
        p.set(0, "spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + applicationName);
        return p;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** A connection to the server's administrative database (as the test user), for roles that outlive this one. */
    public Connection connectToServer() throws SQLException {
        return DriverManager.getConnection(adminUrl, user, password);
    }

    /** Drops the database, unless {@code FISCAL_LEDGER_TEST_PG_KEEP=true} asks to keep it for a post-mortem. */
    @Override
    public void close() {
        if ("true".equalsIgnoreCase(setting("FISCAL_LEDGER_TEST_PG_KEEP"))) {
            System.err.println("kept test database " + name + " (FISCAL_LEDGER_TEST_PG_KEEP)");
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
