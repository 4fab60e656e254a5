package fiscalledger.ledger.config;

import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Axon's JDBC event storage, reading tracked events (what every tracking processor reads) more cheaply and with their
 * place in the store:
 * <ul>
 * <li>Each tracked event's metadata carries its {@code global_index} under {@link LedgerMetadata#GLOBAL_INDEX}. The
 * tracking token's position is not that number (an event that fills a gap carries the position of a later event), and
 * Axon gives a handler no other way to it; the read models key their rows by it, and looked it up with a query per
 * batch before.</li>
 * <li>The timestamp is parsed once, without a {@code DateTimeFormatter}: Axon parsed the stored text with a general
 * formatter for the gap check and again for the message, as much as deserialising the payload cost. The text Axon
 * writes always has one shape, {@code 2024-06-30T08:15:00.123Z}; that shape is read directly, anything else by Axon's
 * own parser.</li>
 * <li>Timestamps are written the same way, without the formatter (formatting each one was 4 % of an import's
 * CPU); the text is the one Axon writes.</li>
 * </ul>
 * The tracking token is computed exactly as Axon's engine does (same gap timeout, gap offset and lowest sequence,
 * which this class sets itself so that it knows them). Aggregates are still sourced by Axon's own code.
 * <p>
 * {@link #close()} ends the tracked reads before the connection pool closes: Axon's embedded event store reads ahead
 * for its tailing processors on a thread of its own, which its shut-down only flags, so that thread went on fetching
 * the next batch after Spring had closed the pool ("HikariDataSource … has been closed", logged as an error at exit).
 */
final class LedgerJdbcEventStorageEngine extends JdbcEventStorageEngine {
    // Axon's defaults, set here explicitly because the token below is computed with them
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int GAP_TIMEOUT_MILLIS = 60_000;
    /** How long closing waits for a tracked read under way (one batch: milliseconds, seconds on a starved machine). */
    private static final long CLOSE_WAIT_SECONDS = 10;

    /** Held shared by each tracked read, exclusively by {@link #close()} while it waits for those under way. */
    private final ReentrantReadWriteLock trackedReads = new ReentrantReadWriteLock();
    private volatile boolean closed;

    /** Payload and metadata are stored as bytes (JSON), which the rows are read as. */
    LedgerJdbcEventStorageEngine(Builder builder) {
        super(builder.maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout(GAP_TIMEOUT_MILLIS).dataType(byte[].class));
    }

    /** A batch of tracked events; none once the engine is closed, without asking for a connection. */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        Lock read = trackedReads.readLock();
        read.lock();
        try {
            return closed ? List.of() : super.fetchTrackedEvents(lastToken, batchSize);
        } finally {
            read.unlock();
        }
    }

    /**
     * Called as the context closes: after the processors and the event store have been shut down (their lifecycle
     * stops first), before the connection pool (this bean depends on it, so it is destroyed earlier). Waits for the
     * tracked reads under way; from then on every tracked read finds no further event, so a reader still running
     * (the event store's own, or a read-ahead's) sees the end of the store and stops instead of meeting a closed pool.
     */
    public void close() {
        closed = true;
        Lock write = trackedReads.writeLock();
        try {
            if (write.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                write.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalIndex = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        String type = resultSet.getString(schema.typeColumn());
        long sequenceNumber = resultSet.getLong(schema.sequenceNumberColumn());
        Instant timestamp = parse(resultSet.getString(schema.timestampColumn()));
        SerializedObject<byte[]> payload = new SimpleSerializedObject<>(resultSet.getBytes(schema.payloadColumn()),
                byte[].class, new SimpleSerializedType(resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn())));
        StoredMetaData metaData = new StoredMetaData(resultSet.getBytes(schema.metaDataColumn()), globalIndex);

        // the token exactly as Axon's engine computes it
        boolean allowGaps = timestamp.isAfter(GenericEventMessage.clock.instant().minus(GAP_TIMEOUT_MILLIS, ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalIndex, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalIndex), globalIndex).boxed()
                    .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalIndex, allowGaps ? MAX_GAP_OFFSET : 0);
        }
        // an event stored without an aggregate carries its own identifier there (Axon's convention)
        return new StoredEvent(token, eventIdentifier, timestamp, payload, metaData, type,
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, sequenceNumber);
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

    /** A tracked event as read from its row, timestamp parsed, metadata to be read with its global index. */
    private record StoredEvent(TrackingToken trackingToken, String getEventIdentifier, Instant getTimestamp,
                               SerializedObject<byte[]> getPayload, SerializedObject<byte[]> getMetaData,
                               String getType, String getAggregateIdentifier, long getSequenceNumber)
            implements TrackedEventData<byte[]>, DomainEventData<byte[]> {
    }
}
