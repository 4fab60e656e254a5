package fiscalledger.ledger.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's JSON serializer (Jackson underneath) with a short way for the metadata every event carries: who
 * recorded it, why, where from, and Axon's correlation identifiers, all strings. Jackson's general map serialisation
 * of it cost a third of what serialising the event itself did; this writes the same JSON object directly, and Jackson
 * reads it back as before. Events (records) are written by a Jackson writer kept per event type. Metadata holding
 * anything but strings, and everything else, goes to Axon's Jackson serializer.
 */
final class LedgerSerializer implements Serializer {

    private final Serializer jackson;
    private final ObjectMapper mapper;
    private final SerializedType metaDataType;
    /** A writer per event type, its serializer looked up once (Axon's serializer looks it up for every event). */
    private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

    /** {@code jackson} must be Axon's Jackson serializer on {@code mapper}. */
    LedgerSerializer(Serializer jackson, ObjectMapper mapper) {
        this.jackson = jackson;
        this.mapper = mapper;
        this.metaDataType = jackson.typeForClass(MetaData.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData metaData && expectedRepresentation == byte[].class) {
            byte[] json = stringsAsJson(metaData);
            if (json != null) {
                return (SerializedObject<T>) new SimpleSerializedObject<>(json, byte[].class, metaDataType);
            }
        }
        if (object instanceof Record && expectedRepresentation == byte[].class) {
            try {
                byte[] json = writers.computeIfAbsent(object.getClass(), mapper::writerFor).writeValueAsBytes(object);
                return (SerializedObject<T>) new SimpleSerializedObject<>(json, byte[].class,
                        jackson.typeForClass(object.getClass()));
            } catch (JsonProcessingException e) {
                throw new SerializationException("Unable to serialize object", e);
            }
        }
        return jackson.serialize(object, expectedRepresentation);
    }

    /** The metadata as a JSON object of strings, or null when a value is not a string. */
    static byte[] stringsAsJson(Map<String, ?> metaData) {
        StringBuilder json = new StringBuilder(256).append('{');
        for (Map.Entry<String, ?> entry : metaData.entrySet()) {
            if (!(entry.getValue() instanceof String value) || entry.getKey() == null) {
                return null;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            quoted(json, entry.getKey()).append(':');
            quoted(json, value);
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return jackson.deserialize(serializedObject);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
