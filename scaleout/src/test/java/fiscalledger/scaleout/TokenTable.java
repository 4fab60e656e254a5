package fiscalledger.scaleout;

import fiscalledger.ledger.config.LedgerAxonConfig;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the token store says about a processor's segments: who holds each and how far it got. */
final class TokenTable {

    record Segment(int segment, String owner, long position) {
    }

    private static final Serializer SERIALIZER = LedgerAxonConfig.ledgerSerializer();

    private TokenTable() {
    }

    static List<Segment> segments(Connection c, String processor) throws SQLException {
        List<Segment> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT segment, owner, token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment")) {
            st.setString(1, processor);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byte[] bytes = rs.getBytes(3);
                    long position = -1;
                    if (bytes != null) {
                        TrackingToken token = SERIALIZER.deserialize(
                                new SimpleSerializedObject<>(bytes, byte[].class, rs.getString(4), null));
                        position = token == null ? -1 : token.position().orElse(-1);
                    }
                    out.add(new Segment(rs.getInt(1), rs.getString(2), position));
                }
            }
        }
        return out;
    }

    static long head(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(global_index), -1) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
