package fiscalledger.projections.replay;

import fiscalledger.projections.readmodel.ReadModelSchema.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildWriteDelayTest {

    @Test
    void aFileStoreWritesInTheBackgroundWhileTheRebuildIsAwaitedAndAtEachCommitAgainAfterwards(@TempDir Path dir) {
        SingleConnectionDataSource store = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0", "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            RebuildWriteDelay delay = RebuildWriteDelay.of(store, Dialect.H2);

            try (RebuildWriteDelay.Handle during = delay.begin()) {
                assertThat(writeDelay(jdbc)).isEqualTo(RebuildWriteDelay.DELAY_MILLIS);
            }
            assertThat(writeDelay(jdbc)).isZero();

            // restored even when the waiting thread was interrupted (a Ctrl-C during `replay`)
            RebuildWriteDelay.Handle during = delay.begin();
            Thread.currentThread().interrupt();
            during.close();
            assertThat(Thread.interrupted()).isTrue();
            assertThat(writeDelay(jdbc)).isZero();
        } finally {
            store.destroy();
        }
    }

    @Test
    void aStoreThatAlreadyWritesLaterIsLeftAsItIs(@TempDir Path dir) {
        SingleConnectionDataSource store = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=2000", "sa", "", true);
        try {
            try (RebuildWriteDelay.Handle during = RebuildWriteDelay.of(store, Dialect.H2).begin()) {
                assertThat(writeDelay(new JdbcTemplate(store))).isEqualTo(2000);
            }
            assertThat(writeDelay(new JdbcTemplate(store))).isEqualTo(2000);
        } finally {
            store.destroy();
        }
    }

    @Test
    void anInMemoryStoreHasNothingToDelay() {
        SingleConnectionDataSource store = new SingleConnectionDataSource(
                "jdbc:h2:mem:rebuild-write-delay", "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            int before = writeDelay(jdbc);
            try (RebuildWriteDelay.Handle during = RebuildWriteDelay.of(store, Dialect.H2).begin()) {
                assertThat(writeDelay(jdbc)).isEqualTo(before);
            }
        } finally {
            store.destroy();
        }
    }

    private static int writeDelay(JdbcTemplate jdbc) {
        return Integer.parseInt(jdbc.queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"
                + " FETCH FIRST ROW ONLY", String.class));
    }
}
