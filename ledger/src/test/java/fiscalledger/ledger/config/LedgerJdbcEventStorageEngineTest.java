package fiscalledger.ledger.config;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerJdbcEventStorageEngineTest {

    @Test
    void timestampsInAxonsOwnShapeReadAsAxonsParserReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            // 1970 … 2100, millisecond precision: what DateTimeUtils.formatInstant writes
            Instant instant = Instant.ofEpochMilli((long) (random.nextDouble() * 4_102_444_800_000L));
            String text = DateTimeUtils.formatInstant(instant);
            assertThat(LedgerJdbcEventStorageEngine.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text))
                    .isEqualTo(instant);
        }
        assertThat(LedgerJdbcEventStorageEngine.parse("2024-02-29T23:59:59.999Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    }

    @Test
    void timestampsAreWrittenAsAxonsFormatterWritesThem() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            // 0000 … 9999 with nanoseconds: the milliseconds are truncated, as Axon's formatter does
            Instant instant = Instant.ofEpochSecond(-62_167_219_200L + (long) (random.nextDouble() * 315_537_897_600L),
                    random.nextInt(1_000_000_000));
            assertThat(LedgerJdbcEventStorageEngine.format(instant)).as(instant.toString())
                    .isEqualTo(DateTimeUtils.formatInstant(instant));
        }
        for (Instant instant : new Instant[]{Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("0000-01-01T00:00:00Z")}) {
            assertThat(LedgerJdbcEventStorageEngine.format(instant)).as(instant.toString())
                    .isEqualTo(DateTimeUtils.formatInstant(instant));
        }
    }

    @Test
    void otherShapesAreLeftToAxonsParser() {
        for (String text : new String[]{"2024-06-30T08:15:00Z", "2024-06-30T08:15:00.123456Z",
                "2024-06-30T08:15:00.123+08:00"}) {
            assertThat(LedgerJdbcEventStorageEngine.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @Test
    void anImpossibleDateIsRejectedNotShifted() {
        assertThatThrownBy(() -> LedgerJdbcEventStorageEngine.parse("2023-02-29T10:00:00.000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LedgerJdbcEventStorageEngine.parse("2023-13-01T10:00:00.000Z"))
                .isInstanceOf(DateTimeException.class);
    }
}
