package fiscalledger.ledger.config;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Axon's JDBC event storage with a cheaper timestamp for tracked events. Every tracking processor asks each event it
 * reads for its timestamp, and Axon parses the stored text with a general {@code DateTimeFormatter} each time: on a
 * rebuild that parsing cost as much as deserialising the payload. The text Axon writes always has one shape,
 * {@code 2024-06-30T08:15:00.123Z}; that shape is read directly, anything else by Axon's own parser.
 */
final class LedgerJdbcEventStorageEngine extends JdbcEventStorageEngine {

    LedgerJdbcEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> event = super.getTrackedEventData(resultSet, previousToken);
        if (!(event instanceof DomainEventData<?> domainEvent)) {
            return event;
        }
        return new ParsedTimestamp<>(event, domainEvent, parse(resultSet.getString(schema().timestampColumn())));
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} as Axon formats it, read without a formatter; any other text by Axon's parser. */
    static Instant parse(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return DateTimeUtils.parseInstant(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int milli = digits(text, 20, 3);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || milli < 0) {
            return DateTimeUtils.parseInstant(text);
        }
        // LocalDate rejects 30 February and the like with the same exception Axon's parser would give
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, milli * 1_000_000L);
    }

    /** The number in {@code text[from, from + length)}, or -1 if it holds anything but digits. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The tracked domain event Axon read, with its timestamp already parsed. */
    private record ParsedTimestamp<T>(TrackedEventData<T> tracked, DomainEventData<?> domain, Instant timestamp)
            implements TrackedEventData<T>, DomainEventData<T> {

        @Override
        public TrackingToken trackingToken() {
            return tracked.trackingToken();
        }

        @Override
        public String getEventIdentifier() {
            return tracked.getEventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return tracked.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return tracked.getPayload();
        }

        @Override
        public String getType() {
            return domain.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return domain.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return domain.getSequenceNumber();
        }
    }
}
