package fiscalledger.ledger.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's JSON serializer (Jackson underneath) with a short way for the metadata every event carries: who
 * recorded it, why, where from, and Axon's correlation identifiers, all strings. Jackson's general map serialisation
 * of it cost a third of what serialising the event itself did; this writes the same JSON object directly, and Jackson
 * reads it back as before. Events (records) are written and read by a Jackson writer and reader kept per event type.
 * A tracked event's metadata ({@link StoredMetaData}) is read back as a map of strings directly too, with the event's
 * global index added. Metadata holding anything but strings, and everything else, goes to Axon's Jackson serializer.
 */
final class LedgerSerializer implements Serializer {

    private final Serializer jackson;
    private final ObjectMapper mapper;
    private final SerializedType metaDataType;
    /** A writer per event type, its serializer looked up once (Axon's serializer looks it up for every event). */
    private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();
    /** A reader per event type (Axon's serializer creates one for every event it reads). */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    private final Map<SerializedType, Class<?>> classes = new ConcurrentHashMap<>();
    /** Metadata members encoded lately, by hash of key and value (a power of two long). */
    private final Member[] recentMembers = new Member[64];

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
    byte[] stringsAsJson(Map<String, ?> metaData) {
        byte[][] members = new byte[metaData.size()][];
        int length = 1 + Math.max(metaData.size(), 1);
        int i = 0;
        for (Map.Entry<String, ?> entry : metaData.entrySet()) {
            if (!(entry.getValue() instanceof String value) || entry.getKey() == null || i == members.length) {
                return null;
            }
            members[i] = member(entry.getKey(), value);
            length += members[i++].length;
        }
        if (i != members.length) {
            return null;
        }
        byte[] json = new byte[length];
        int at = 0;
        json[at++] = '{';
        for (int m = 0; m < members.length; m++) {
            if (m > 0) {
                json[at++] = ',';
            }
            System.arraycopy(members[m], 0, json, at, members[m].length);
            at += members[m].length;
        }
        json[at] = '}';
        return json;
    }

    /**
     * {@code "key":"value"} in UTF-8. The members met lately are kept: every event of an import carries the same user
     * and reason (only its source line differs), and encoding them again for each event was half of the metadata's
     * cost. A slot is replaced whole, so threads racing for one see either member, each complete.
     */
    private byte[] member(String key, String value) {
        int slot = (31 * key.hashCode() + value.hashCode()) & (recentMembers.length - 1);
        Member known = recentMembers[slot];
        if (known != null && known.key.equals(key) && known.value.equals(value)) {
            return known.json;
        }
        StringBuilder text = new StringBuilder(key.length() + value.length() + 8);
        quoted(text, key).append(':');
        quoted(text, value);
        byte[] json = text.toString().getBytes(StandardCharsets.UTF_8);
        recentMembers[slot] = new Member(key, value, json);
        return json;
    }

    private record Member(String key, String value, byte[] json) {
    }

    /**
     * The text as a JSON string. A text without a character JSON escapes (the usual case: user, reason, file and line)
     * is appended whole; appending it character by character had cost as much as the rest of the metadata's JSON.
     */
    private static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        int plain = 0;
        while (plain < text.length() && !escaped(text.charAt(plain))) {
            plain++;
        }
        if (plain == text.length()) {
            return json.append(text).append('"');
        }
        json.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
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

    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (serializedObject instanceof StoredMetaData stored) {
            return (T) withGlobalIndex(stored);
        }
        if (serializedObject.getContentType() == byte[].class) {
            Class<?> type = classForType(serializedObject.getType());
            if (type.isRecord()) {
                try {
                    return readers.computeIfAbsent(type, mapper::readerFor).readValue((byte[]) serializedObject.getData());
                } catch (IOException e) {
                    throw new SerializationException("Error while deserializing object", e);
                }
            }
        }
        return jackson.deserialize(serializedObject);
    }

    /** The metadata of a tracked event with its global index; a JSON object of strings is read without Axon's map type. */
    private MetaData withGlobalIndex(StoredMetaData stored) {
        Map<String, Object> values = stringsFromJson(stored.getData());
        if (values == null) {
            MetaData read = jackson.deserialize(new SimpleSerializedObject<>(stored.getData(), byte[].class, StoredMetaData.TYPE));
            values = new HashMap<>(read);
        }
        values.put(LedgerMetadata.GLOBAL_INDEX, stored.globalIndex());
        return MetaData.from(values);
    }

    /** The JSON object of strings {@link #stringsAsJson} writes, or null when the JSON is anything else. */
    private Map<String, Object> stringsFromJson(byte[] json) {
        if (json == null) {
            return null;
        }
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, Object> values = new HashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    return null;
                }
                values.put(key, parser.getText());
            }
            return token == JsonToken.END_OBJECT && parser.nextToken() == null ? values : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Class classForType(SerializedType type) {
        Class<?> known = classes.get(type);
        if (known != null) {
            return known;
        }
        Class<?> found = jackson.classForType(type);
        if (found != UnknownSerializedType.class) {
            // Axon asks the class loader for every event's payload and metadata; a class once found stays the same
            classes.put(type, found);
        }
        return found;
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
