package fiscalledger.ledger.config;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.event.AppropriationReceivedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerSerializerTest {

    private final Serializer jackson = LedgerAxonConfig.ledgerSerializer();
    private final Serializer serializer = new LedgerAxonConfig().ledgerEventSerializer();

    @Test
    void anEventIsWrittenAsJacksonWritesItAndReadBack() {
        AppropriationReceivedEvent event = new AppropriationReceivedEvent(new UnitCode("229001"), new FiscalYear(2024),
                "拨-001", LocalDate.of(2024, 3, 1), "三月 \"专款\"", Fund.GENERAL_BUDGET, FunctionCode.of("2010301"),
                Fen.of(123_456));

        SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);

        SerializedObject<byte[]> byJackson = jackson.serialize(event, byte[].class);
        assertThat(written.getType()).isEqualTo(byJackson.getType());
        assertThat(written.getData()).isEqualTo(byJackson.getData());
        assertThat((Object) serializer.deserialize(written)).isEqualTo(event);
    }

    @Test
    void metadataOfStringsIsWrittenDirectlyAndReadBackByJacksonUnchanged() {
        MetaData metaData = MetaData.with(LedgerMetadata.USER, "王会计")
                .and(LedgerMetadata.REASON, "import \"C:\\账\\2024.csv\"\n\tline\u0001")
                .and(LedgerMetadata.SOURCE, "2024.csv:17")
                .and("correlationId", "0191f2a4-8c1e-7000-8000-000000000001");

        SerializedObject<byte[]> written = serializer.serialize(metaData, byte[].class);

        assertThat(written.getType()).isEqualTo(jackson.serialize(metaData, byte[].class).getType());
        assertThat(new String(written.getData(), StandardCharsets.UTF_8)).contains("\"user\":\"王会计\"");
        MetaData read = jackson.deserialize(written);
        assertThat(read).isEqualTo(metaData);
    }

    /** The members every event of an import shares are encoded once and kept; the JSON stays Jackson's. */
    @Test
    void metadataOfManyEventsIsWrittenAsJacksonWritesEachOne() {
        for (int line = 2; line < 500; line++) {
            MetaData metaData = MetaData.with(LedgerMetadata.USER, line % 7 == 0 ? "李会计" : "王会计")
                    .and(LedgerMetadata.REASON, "import 2024年.csv")
                    .and(LedgerMetadata.SOURCE, "2024年.csv:" + line);

            assertThat(new String(serializer.serialize(metaData, byte[].class).getData(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(jackson.serialize(metaData, byte[].class).getData(), StandardCharsets.UTF_8));
        }
        assertThat(serializer.serialize(MetaData.emptyInstance(), byte[].class).getData())
                .isEqualTo(jackson.serialize(MetaData.emptyInstance(), byte[].class).getData());
    }

    @Test
    void metadataWithOtherValuesGoesToJackson() {
        MetaData metaData = MetaData.from(Map.of("count", 3, LedgerMetadata.USER, "wang"));

        SerializedObject<byte[]> written = serializer.serialize(metaData, byte[].class);

        assertThat(written.getData()).isEqualTo(jackson.serialize(metaData, byte[].class).getData());
        MetaData read = serializer.deserialize(written);
        assertThat(read).isEqualTo(metaData);
    }

    @Test
    void storedMetadataIsReadAsJacksonReadsItWithTheGlobalIndexAdded() {
        MetaData metaData = MetaData.with(LedgerMetadata.USER, "王会计")
                .and(LedgerMetadata.REASON, "import \"C:\\账\\2024.csv\"\n\tline\u0001 \uD83D\uDE00")
                .and("correlationId", "0191f2a4-8c1e-7000-8000-000000000001");
        byte[] json = serializer.serialize(metaData, byte[].class).getData();

        MetaData read = serializer.deserialize(new StoredMetaData(json, 4711));

        assertThat(read).isEqualTo(metaData.and(LedgerMetadata.GLOBAL_INDEX, 4711L));
    }

    @Test
    void storedMetadataOfOtherShapesIsReadByJacksonWithTheGlobalIndexAdded() {
        for (MetaData metaData : new MetaData[]{MetaData.emptyInstance(),
                MetaData.from(Map.of("count", 3, LedgerMetadata.USER, "wang")),
                MetaData.from(Map.of("nested", Map.of("a", "b"), "list", java.util.List.of("x")))}) {
            byte[] json = jackson.serialize(metaData, byte[].class).getData();

            MetaData read = serializer.deserialize(new StoredMetaData(json, 12));

            MetaData byJackson = jackson.deserialize(new StoredMetaData(json, 12));
            assertThat(read).as(metaData.toString()).isEqualTo(byJackson.and(LedgerMetadata.GLOBAL_INDEX, 12L));
        }
    }

    @Test
    void aGlobalIndexStoredInTheMetadataIsReplacedByTheEventsOwn() {
        byte[] json = serializer.serialize(MetaData.with(LedgerMetadata.GLOBAL_INDEX, "1"), byte[].class).getData();

        MetaData read = serializer.deserialize(new StoredMetaData(json, 99));

        assertThat(read.get(LedgerMetadata.GLOBAL_INDEX)).isEqualTo(99L);
    }
}
