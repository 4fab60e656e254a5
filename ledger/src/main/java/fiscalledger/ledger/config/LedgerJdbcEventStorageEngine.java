package fiscalledger.ledger.config;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Axon's JDBC event storage with cheaper timestamps. Every tracking processor asks each event it reads for its
 * timestamp, and Axon parses the stored text with a general {@code DateTimeFormatter} each time: on a rebuild that
 * parsing cost as much as deserialising the payload. The text Axon writes always has one shape,
 * {@code 2024-06-30T08:15:00.123Z}; that shape is read directly, anything else by Axon's own parser. Writing is the
 * same on the other side: formatting each event's timestamp through the formatter was 4 % of an import's CPU, so the
 * same text is written directly.
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

    @Override
    protected void writeTimestamp(PreparedStatement preparedStatement, int position, Instant timestamp)
            throws SQLException {
        preparedStatement.setString(position, format(timestamp));
    }

    /**
     * The text {@link DateTimeUtils#formatInstant} gives, {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (milliseconds truncated,
     * always three), written without a formatter for the years 0000–9999; any other instant by Axon's formatter.
     */
    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return DateTimeUtils.formatInstant(instant);
        }
        char[] c = new char[24];
        put(c, 0, t.getYear(), 4);
        c[4] = '-';
        put(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, t.getHour(), 2);
        c[13] = ':';
        put(c, 14, t.getMinute(), 2);
        c[16] = ':';
        put(c, 17, t.getSecond(), 2);
        c[19] = '.';
        put(c, 20, instant.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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
