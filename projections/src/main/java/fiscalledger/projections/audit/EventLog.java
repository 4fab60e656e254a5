package fiscalledger.projections.audit;

import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the event store's own table (the source of truth every read model is built from), deserialising payloads and
 * metadata with the store's serializer, in global sequence order. Filters on the aggregate and the event type run in
 * SQL; those on payload fields (dates, vouchers) and metadata on the deserialised events.
 */
public class EventLog {
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public EventLog(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The events that pass the filter, oldest first, at most {@code filter.limit()}. */
    public List<EventRecord> events(EventFilter filter) {
        List<EventRecord> result = new ArrayList<>();
        read(filter, null, e -> {
            result.add(e);
            return result.size() < filter.limit();
        });
        return result;
    }

    /** The events that pass the filter and the test, oldest first (no limit). */
    public List<EventRecord> events(EventFilter filter, Predicate<EventRecord> test) {
        List<EventRecord> result = new ArrayList<>();
        read(filter, null, e -> {
            if (test.test(e)) {
                result.add(e);
            }
            return true;
        });
        return result;
    }

    /** The highest global sequence number stored, 0 when the store is empty. */
    public long head() {
        Long max = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }

    /** Feeds every matching event to {@code sink} until it returns false. */
    public void read(EventFilter filter, Long afterSequence, Predicate<EventRecord> sink) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT global_index, aggregate_identifier, sequence_number, payload_type, "
                + "payload_revision, payload, meta_data, time_stamp FROM domain_event_entry WHERE 1 = 1");
        if (filter.ledger() != null) {
            sql.append(" AND aggregate_identifier = ?");
            params.add(filter.ledger().id());
        }
        if (afterSequence != null) {
            sql.append(" AND global_index > ?");
            params.add(afterSequence);
        }
        sql.append(" ORDER BY global_index");
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql.toString());
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.setFetchSize(500);
            return ps;
        }, (ResultSet rs) -> {
            while (rs.next()) {
                if (!filter.matchesType(rs.getString("payload_type"))) {
                    continue;
                }
                EventRecord e = record(rs);
                if (filter.matches(e) && !sink.test(e)) {
                    return null;
                }
            }
            return null;
        });
    }

    private EventRecord record(ResultSet rs) throws SQLException {
        String type = rs.getString("payload_type");
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes("payload"), byte[].class,
                type, rs.getString("payload_revision")));
        byte[] meta = rs.getBytes("meta_data");
        MetaData md = meta == null ? MetaData.emptyInstance()
                : serializer.deserialize(new SimpleSerializedObject<>(meta, byte[].class, MetaData.class.getName(), null));
        return new EventRecord(rs.getLong("global_index"), rs.getString("aggregate_identifier"),
                rs.getLong("sequence_number"), type.substring(type.lastIndexOf('.') + 1), instant(rs.getString("time_stamp")),
                text(md.get(LedgerMetadata.USER)), text(md.get(LedgerMetadata.REASON)), text(md.get(LedgerMetadata.SOURCE)),
                payload);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
