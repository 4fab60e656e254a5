package fiscalledger.ledger.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class H2CacheSizeTest {
    private static final long MB = 1024 * 1024;

    @Test
    void theCacheIsAnEighthOfTheHeapBetweenH2sDefaultAnd256Mb() {
        assertThat(LedgerDataSourceConfig.cacheSizeKb(64 * MB)).isEqualTo(16 * 1024);
        assertThat(LedgerDataSourceConfig.cacheSizeKb(1024 * MB)).isEqualTo(128 * 1024);
        assertThat(LedgerDataSourceConfig.cacheSizeKb(6 * 1024 * MB)).isEqualTo(256 * 1024);
        assertThat(LedgerDataSourceConfig.cacheSizeKb(Long.MAX_VALUE)).isEqualTo(256 * 1024);
    }

    @Test
    void theStoreOpensWithThatCache(@TempDir Path dir) throws SQLException {
        try (Connection connection = DriverManager.getConnection(LedgerDataSourceConfig.h2Url(dir), "sa", "");
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertThat(rs.next()).isTrue();
            // reported in MB
            assertThat(Long.parseLong(rs.getString(1)) * 1024)
                    .isEqualTo(LedgerDataSourceConfig.cacheSizeKb(Runtime.getRuntime().maxMemory()));
        }
    }
}
