package fiscalledger.ledger.config;

import com.zaxxer.hikari.HikariDataSource;
import fiscalledger.ledger.access.StoreAccess;
import fiscalledger.ledger.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one database of the process: by default an H2 file {@code ledger} in {@code fiscal-ledger.data-dir}, created on
 * first start; {@code spring.datasource.url} (with username/password) points it elsewhere, e.g. at PostgreSQL.
 * Axon's tables are created here, before anything can use the data source, so that the event store, the token store
 * and the projections all find them.
 * <p>
 * The store is opened read-only ({@link StoreAccess}) when the data directory refuses writing (a read-only mount,
 * permissions, a full disk): H2 then opens its file with ACCESS_MODE_DATA=r, so that show, check and sql still work.
 * On PostgreSQL, a read-only process (an auditor, an analyst, --read-only) connects as the SELECT-only user
 * {@code fiscal-ledger.db-reader.user} / {@code .password} when one is configured (created by fiscalledger.projections.sql.ReaderRole).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerDataSourceConfig {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerDataSourceConfig.class);

    static {
        H2Settings.applyBeforeH2Loads();
    }

    /**
     * H2 2.x rejects the old MVCC/MV_STORE switches. DB_CLOSE_ON_EXIT=FALSE leaves closing to Spring, so a JVM
     * shutdown hook cannot close the database under a command that is still committing. WRITE_DELAY=0 writes each
     * commit to the file before the command returns: by default H2 keeps up to half a second of commits in memory,
     * and a killed process would lose entries the officer saw recorded (it costs a few milliseconds per command).
     */
    static final String H2_OPTIONS = ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    /** Whether this process can write to its database at all, decided before the database is opened. */
    @Bean
    public StoreAccess storeAccess(LedgerProperties properties,
                                   @Value("${spring.datasource.url:}") String url,
                                   @Value("${fiscal-ledger.read-only:false}") boolean readOnlyRequested,
                                   @Value("${fiscal-ledger.role:officer}") String role,
                                   @Value("${fiscal-ledger.db-reader.user:}") String readerUser) {
        if (url.isBlank()) {
            Path dir = properties.getDataDir().toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                return StoreAccess.writable();
            }
            java.util.Optional<String> refusal = StoreAccess.writeRefusal(dir);
            Path file = dir.resolve(DATABASE_FILE);
            if (refusal.isEmpty() && Files.exists(file) && !Files.isWritable(file)) {
                // H2 would open a read-only file read-only by itself, leaving the processor to fail on every write
                refusal = java.util.Optional.of("its database file " + DATABASE_FILE + " is read-only");
            }
            if (refusal.isEmpty()) {
                return StoreAccess.writable();
            }
            if (!Files.exists(file)) {
                throw new IllegalStateException("the data directory " + dir + " holds no ledger yet and refuses writing ("
                        + refusal.get() + "), so none can be created there: use a writable --data directory");
            }
            return StoreAccess.readOnly("the data directory " + dir + " refuses writing (" + refusal.get()
                    + "): it is open read-only");
        }
        if (!readerUser.isBlank() && (readOnlyRequested || !Role.parse(role).mayRecord())) {
            return StoreAccess.readOnly("this process is connected as the database user " + readerUser.strip()
                    + ", which may only read");
        }
        return StoreAccess.writable();
    }

    @Bean
    @Primary
    public DataSource dataSource(LedgerProperties properties, StoreAccess storeAccess,
                                 @Value("${spring.datasource.url:}") String url,
                                 @Value("${spring.datasource.username:}") String username,
                                 @Value("${spring.datasource.password:}") String password,
                                 @Value("${fiscal-ledger.db-reader.user:}") String readerUser,
                                 @Value("${fiscal-ledger.db-reader.password:}") String readerPassword) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("fiscal-ledger");
        boolean killedBefore = false;
        if (url.isBlank()) {
            killedBefore = !storeAccess.readOnly()
                    && !H2CrashLeftovers.closedCleanly(properties.getDataDir().toAbsolutePath().normalize().resolve(DATABASE_FILE));
            dataSource.setJdbcUrl(h2Url(properties.getDataDir()) + (storeAccess.readOnly() ? ";ACCESS_MODE_DATA=r" : ""));
            dataSource.setUsername(username.isBlank() ? "sa" : username);
            dataSource.setPassword(password);
            // an embedded file database gains nothing from many connections; a few keep projections and commands apart
            dataSource.setMaximumPoolSize(6);
        } else {
            dataSource.setJdbcUrl(url);
            boolean asReader = storeAccess.readOnly() && !readerUser.isBlank();
            dataSource.setUsername(asReader ? readerUser.strip() : username);
            dataSource.setPassword(asReader ? readerPassword : password);
        }
        try {
            if (storeAccess.readOnly()) {
                requireEventTables(dataSource);
            } else {
                if (killedBefore) {
                    clearCrashLeftovers(dataSource);
                }
                createAxonTables(dataSource);
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

    /** The H2 file the ledger keeps in its data directory. */
    public static final String DATABASE_FILE = "ledger.mv.db";

    /** Before anything writes: see {@link H2CrashLeftovers}. */
    private static void clearCrashLeftovers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            long restored = H2CrashLeftovers.clear(connection);
            H2CrashLeftovers.closeGlobalIndexGap(connection);
            if (restored > 0) {
                LOG.warn("the ledger was not closed by its last process (killed or crashed): {} index or row entries"
                        + " its unfinished transaction had left behind were removed", restored);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the ledger after its last process ended without closing it: "
                    + e.getMessage(), e);
        }
    }

    /** A read-only process cannot create the tables: a writer must have opened the store before. */
    private static void requireEventTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement st = connection.createStatement()) {
            st.executeQuery("SELECT global_index FROM domain_event_entry WHERE 1 = 0").close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ledger's events in the read-only store (" + e.getMessage()
                    + "); it must first be opened once by an officer's process, which creates its tables", e);
        }
    }

    static String h2Url(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return "jdbc:h2:file:" + dir.resolve("ledger").toString().replace('\\', '/') + H2_OPTIONS
                + ";CACHE_SIZE=" + cacheSizeKb(Runtime.getRuntime().maxMemory());
    }

    /**
     * H2's page cache in KB: an eighth of the heap, between H2's default of 16 MB and 256 MB. An import is one
     * transaction, and its commit visits every page the import wrote (the rows and both unique indexes of each event);
     * with 16 MB those pages had been evicted and were read back from the file and decoded again, which made the
     * commit of 100,000 lines cost a third of the import (README "Import speed"). 256 MB holds the pages of such an
     * import; a larger one only reads part of them back. The cache is counted in the heap, hence the eighth.
     */
    static long cacheSizeKb(long maxHeapBytes) {
        long eighth = maxHeapBytes / 8 / 1024;
        return Math.max(16 * 1024, Math.min(256 * 1024, eighth));
    }

    private static void createAxonTables(DataSource dataSource) {
        SchemaCreation.run(dataSource, connection -> {
            String dialect = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    ? "postgresql" : "h2";
            ResourceDatabasePopulator populator =
                    new ResourceDatabasePopulator(new ClassPathResource("db/" + dialect + "/axon-schema.sql"));
            populator.setSqlScriptEncoding("UTF-8");
            populator.populate(connection);
        });
    }
}
