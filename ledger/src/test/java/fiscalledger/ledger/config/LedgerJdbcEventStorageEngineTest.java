package fiscalledger.ledger.config;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.event.AppropriationReceivedEvent;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LedgerJdbcEventStorageEngineTest {

    @Test
    void timestampsInAxonsOwnShapeReadAsAxonsParserReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            // 1970 … 2100, millisecond precision: what DateTimeUtils.formatInstant writes
            Instant instant = Instant.ofEpochMilli((long) (random.nextDouble() * 4_102_444_800_000L));
            String text = DateTimeUtils.formatInstant(instant);
            assertThat(LedgerJdbcEventStorageEngine.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text))
                    .isEqualTo(instant);
        }
        assertThat(LedgerJdbcEventStorageEngine.parse("2024-02-29T23:59:59.999Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    }

    @Test
    void timestampsAreWrittenAsAxonsFormatterWritesThem() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            // 0000 … 9999 with nanoseconds: the milliseconds are truncated, as Axon's formatter does
            Instant instant = Instant.ofEpochSecond(-62_167_219_200L + (long) (random.nextDouble() * 315_537_897_600L),
                    random.nextInt(1_000_000_000));
            assertThat(LedgerJdbcEventStorageEngine.format(instant)).as(instant.toString())
                    .isEqualTo(DateTimeUtils.formatInstant(instant));
        }
        for (Instant instant : new Instant[]{Instant.EPOCH, Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("0000-01-01T00:00:00Z")}) {
            assertThat(LedgerJdbcEventStorageEngine.format(instant)).as(instant.toString())
                    .isEqualTo(DateTimeUtils.formatInstant(instant));
        }
    }

    @Test
    void otherShapesAreLeftToAxonsParser() {
        for (String text : new String[]{"2024-06-30T08:15:00Z", "2024-06-30T08:15:00.123456Z",
                "2024-06-30T08:15:00.123+08:00"}) {
            assertThat(LedgerJdbcEventStorageEngine.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @Test
    void anImpossibleDateIsRejectedNotShifted() {
        assertThatThrownBy(() -> LedgerJdbcEventStorageEngine.parse("2023-02-29T10:00:00.000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> LedgerJdbcEventStorageEngine.parse("2023-13-01T10:00:00.000Z"))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void trackedEventsAreReadAsAxonReadsThemWithTheirGlobalIndexInTheMetadata() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tracked-events;DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/h2/axon-schema.sql")).execute(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        JdbcEventStorageEngine ours = new LedgerJdbcEventStorageEngine(builder(dataSource));
        JdbcEventStorageEngine axons = builder(dataSource).build();
        String ledger = "229001/2024";
        ours.appendEvents(List.of(domainEvent(ledger, 0), domainEvent(ledger, 1),
                GenericEventMessage.asEventMessage("not of an aggregate").andMetaData(MetaData.with(LedgerMetadata.USER, "li")),
                domainEvent(ledger, 2), domainEvent(ledger, 3)));
        // the event at index 4 is not yet visible (its transaction commits later): a gap, filled on the second read
        jdbc.execute("CREATE TABLE held AS SELECT * FROM domain_event_entry WHERE global_index = 4");
        jdbc.execute("DELETE FROM domain_event_entry WHERE global_index = 4");

        List<? extends TrackedEventMessage<?>> first = ours.readEvents(null, false).toList();
        assertSameAsAxons(first, axons.readEvents(null, false).toList(), jdbc);
        assertThat(first).extracting(m -> m.getMetaData().get(LedgerMetadata.GLOBAL_INDEX)).containsExactly(1L, 2L, 3L, 5L);
        TrackingToken afterFirst = first.get(first.size() - 1).trackingToken();
        assertThat(afterFirst).isEqualTo(GapAwareTrackingToken.newInstance(5, List.of(4L)));

        jdbc.execute("INSERT INTO domain_event_entry SELECT * FROM held");
        List<? extends TrackedEventMessage<?>> second = ours.readEvents(afterFirst, false).toList();
        assertSameAsAxons(second, axons.readEvents(afterFirst, false).toList(), jdbc);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).trackingToken().position()).as("the token's position is a later event's").hasValue(5);
        assertThat(second.get(0).getMetaData().get(LedgerMetadata.GLOBAL_INDEX)).isEqualTo(4L);
        assertThat(((DomainEventMessage<?>) second.get(0)).getSequenceNumber()).isEqualTo(2);
    }

    @Test
    void onceClosedTrackedReadsFindNoFurtherEventAndAskForNoConnection() {
        JdbcDataSource dataSource = schema("closed-reads");
        AtomicBoolean poolClosed = new AtomicBoolean();
        ConnectionProvider pool = () -> {
            if (poolClosed.get()) {
                throw new SQLException("HikariDataSource HikariDataSource (fiscal-ledger) has been closed.");
            }
            return dataSource.getConnection();
        };
        LedgerJdbcEventStorageEngine engine = new LedgerJdbcEventStorageEngine(builder(pool));
        engine.appendEvents(List.of(domainEvent("229001/2024", 0), domainEvent("229001/2024", 1)));
        TrackingToken first = engine.readEvents(null, false).findFirst().orElseThrow().trackingToken();

        engine.close();
        poolClosed.set(true);

        // what the event store's reader thread asks next, as the context closes: the end of the store, no error
        assertThat(engine.readEvents(first, true).toList()).isEmpty();
        assertThat(engine.readEvents(null, false).toList()).isEmpty();
    }

    @Test
    void closingWaitsForATrackedReadUnderWayWhichKeepsItsEvents() throws Exception {
        JdbcDataSource dataSource = schema("read-under-way");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean holdNextRead = new AtomicBoolean();
        ConnectionProvider pool = () -> {
            if (holdNextRead.getAndSet(false)) {
                reading.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return dataSource.getConnection();
        };
        LedgerJdbcEventStorageEngine engine = new LedgerJdbcEventStorageEngine(builder(pool));
        engine.appendEvents(List.of(domainEvent("229001/2024", 0), domainEvent("229001/2024", 1)));
        holdNextRead.set(true);
        CompletableFuture<List<? extends TrackedEventMessage<?>>> read =
                CompletableFuture.supplyAsync(() -> engine.readEvents(null, false).toList());
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(engine::close);
        // the read holds its connection request open: closing waits for it rather than letting the pool close under it
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !closing.isDone());
        release.countDown();

        assertThat(read.get(10, TimeUnit.SECONDS)).hasSize(2);
        closing.get(10, TimeUnit.SECONDS);
        assertThat(engine.readEvents(null, false).toList()).isEmpty();
    }

    private static JdbcDataSource schema(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/h2/axon-schema.sql")).execute(dataSource);
        return dataSource;
    }

    private static void assertSameAsAxons(List<? extends TrackedEventMessage<?>> ours,
                                          List<? extends TrackedEventMessage<?>> axons, JdbcTemplate jdbc) {
        assertThat(ours).hasSameSizeAs(axons);
        for (int i = 0; i < ours.size(); i++) {
            TrackedEventMessage<?> a = ours.get(i);
            TrackedEventMessage<?> b = axons.get(i);
            long index = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                    Long.class, b.getIdentifier());
            assertThat(a.trackingToken()).isEqualTo(b.trackingToken());
            assertThat(a.getIdentifier()).isEqualTo(b.getIdentifier());
            assertThat(a.getTimestamp()).isEqualTo(b.getTimestamp());
            assertThat(a.getPayloadType()).isEqualTo(b.getPayloadType());
            assertThat(a.getPayload()).isEqualTo(b.getPayload());
            assertThat(a.getMetaData()).isEqualTo(b.getMetaData().and(LedgerMetadata.GLOBAL_INDEX, index));
            assertThat(a instanceof DomainEventMessage).isEqualTo(b instanceof DomainEventMessage);
            if (a instanceof DomainEventMessage<?> da && b instanceof DomainEventMessage<?> db) {
                assertThat(da.getAggregateIdentifier()).isEqualTo(db.getAggregateIdentifier());
                assertThat(da.getSequenceNumber()).isEqualTo(db.getSequenceNumber());
                assertThat(da.getType()).isEqualTo(db.getType());
            }
        }
    }

    private static JdbcEventStorageEngine.Builder builder(JdbcDataSource dataSource) {
        return builder(new DataSourceConnectionProvider(dataSource));
    }

    private static JdbcEventStorageEngine.Builder builder(ConnectionProvider connections) {
        Serializer serializer = new LedgerAxonConfig().ledgerEventSerializer();
        return JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new LedgerAxonConfig().ledgerEventSchema())
                .dataType(byte[].class);
    }

    private static EventMessage<?> domainEvent(String ledger, long sequence) {
        return new GenericDomainEventMessage<>("FiscalYearLedger", ledger, sequence,
                new AppropriationReceivedEvent(new UnitCode("229001"), new FiscalYear(2024), "拨-" + sequence,
                        LocalDate.of(2024, 3, 1), "拨款", Fund.GENERAL_BUDGET, FunctionCode.of("2010301"),
                        Fen.of(1_000 + sequence)),
                MetaData.with(LedgerMetadata.USER, "wang").and(LedgerMetadata.REASON, "test " + sequence));
    }
}
