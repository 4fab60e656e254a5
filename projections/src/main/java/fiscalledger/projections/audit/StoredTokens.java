package fiscalledger.projections.audit;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The tracking tokens as stored in {@code token_entry}, read without claiming them. A process that works no segment
 * of a processor (a read-only reader, a shell whose segments another process holds, one still starting) learns from
 * them how far the read models are: rows and token are committed together, so a segment's stored position is exactly
 * what its read-model rows contain. Axon's token store can only fetch a token by claiming it, which writes; this
 * reads the table with a plain SELECT, which the SELECT-only reader user may do.
 */
public class StoredTokens {

    /** One segment's stored token (null before the segment has one) and who holds the claim (null: none). */
    public record StoredToken(int segment, TrackingToken token, String owner) {
        /** Its position: null before its first event. */
        public Long position() {
            return token == null || token.position().isEmpty() ? null : token.position().getAsLong();
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    public List<StoredToken> of(String processor) {
        return jdbc.query("SELECT segment, token, token_type, owner FROM token_entry WHERE processor_name = ?"
                + " ORDER BY segment", (rs, i) -> new StoredToken(rs.getInt(1),
                token(rs.getBytes(2), rs.getString(3)), rs.getString(4)), processor);
    }

    private TrackingToken token(byte[] token, String type) {
        if (token == null || type == null) {
            return null;
        }
        return serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
    }
}
