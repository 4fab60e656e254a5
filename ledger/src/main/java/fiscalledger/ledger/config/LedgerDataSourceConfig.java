package fiscalledger.ledger.config;

import com.zaxxer.hikari.HikariDataSource;
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

/**
 * The one database of the process: by default an H2 file {@code ledger} in {@code fiscal-ledger.data-dir}, created on
 * first start; {@code spring.datasource.url} (with username/password) points it elsewhere, e.g. at PostgreSQL.
 * Axon's tables are created here, before anything can use the data source, so that the event store, the token store
 * and the projections all find them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerDataSourceConfig {

    /**
     * H2 2.x rejects the old MVCC/MV_STORE switches. DB_CLOSE_ON_EXIT=FALSE leaves closing to Spring, so a JVM
     * shutdown hook cannot close the database under a command that is still committing. WRITE_DELAY=0 writes each
     * commit to the file before the command returns: by default H2 keeps up to half a second of commits in memory,
     * and a killed process would lose entries the officer saw recorded (it costs a few milliseconds per command).
     */
    static final String H2_OPTIONS = ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    @Bean
    @Primary
    public DataSource dataSource(LedgerProperties properties,
                                 @Value("${spring.datasource.url:}") String url,
                                 @Value("${spring.datasource.username:}") String username,
                                 @Value("${spring.datasource.password:}") String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("fiscal-ledger");
        if (url.isBlank()) {
            dataSource.setJdbcUrl(h2Url(properties.getDataDir()));
            dataSource.setUsername(username.isBlank() ? "sa" : username);
            dataSource.setPassword(password);
            // an embedded file database gains nothing from many connections; a few keep projections and commands apart
            dataSource.setMaximumPoolSize(6);
        } else {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(username);
            dataSource.setPassword(password);
        }
        createAxonTables(dataSource);
        return dataSource;
    }

    static String h2Url(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return "jdbc:h2:file:" + dir.resolve("ledger").toString().replace('\\', '/') + H2_OPTIONS;
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
