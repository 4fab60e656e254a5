package fiscalledger.ledger.config;

import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * The stored metadata of a tracked event (JSON bytes) with the event's global index, which {@link LedgerSerializer}
 * adds to the metadata as {@link LedgerMetadata#GLOBAL_INDEX} when it reads it.
 */
record StoredMetaData(byte[] getData, long globalIndex) implements SerializedObject<byte[]> {
    /** The type Axon gives serialized metadata (see {@code SerializedMetaData}). */
    static final SerializedType TYPE = new SimpleSerializedType(MetaData.class.getName(), null);

    @Override
    public Class<byte[]> getContentType() {
        return byte[].class;
    }

    @Override
    public SerializedType getType() {
        return TYPE;
    }
}
