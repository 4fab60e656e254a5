package fiscalledger.ledger.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fiscalledger.ledger.command.AuditCorrelation;
import fiscalledger.ledger.command.LedgerPolicy;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.PropertySource;

import java.time.Duration;

/**
 * Axon on our own JDBC tables (see {@code db/h2/axon-schema.sql}): events, snapshots and tracking tokens in the
 * ledger database, everything serialised as JSON, no Axon Server. A unit-year holds tens of thousands of events, so
 * its aggregate is cached between commands and snapshotted every {@code fiscal-ledger.snapshot-threshold} (10,000)
 * events: a command never replays the year.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:fiscal-ledger-axon.properties")
public class LedgerAxonConfig {

    static {
        // finance data stays on the machine; Axon's update checker must not call home, even before Spring reads properties
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    /** The JSON shape of events, snapshots, tokens: dates as ISO strings, records via their canonical constructors. */
    public static ObjectMapper ledgerObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // an older reader must survive a field added to an event later
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public static Serializer ledgerSerializer() {
        return JacksonSerializer.builder().objectMapper(ledgerObjectMapper()).build();
    }

    @Bean
    @Primary
    public Serializer ledgerGeneralSerializer() {
        return ledgerSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer ledgerMessageSerializer() {
        return ledgerSerializer();
    }

    /** Events and snapshots: the same JSON, with the metadata every event carries written directly. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer ledgerEventSerializer() {
        ObjectMapper mapper = ledgerObjectMapper();
        return new LedgerSerializer(JacksonSerializer.builder().objectMapper(mapper).build(), mapper);
    }

    /** The table and column names of db/h2/axon-schema.sql (Axon's JDBC defaults are camelCase). */
    @Bean
    public EventSchema ledgerEventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema ledgerTokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Closed before the connection pool: the tracked reads still under way end first (see the engine). */
    @Bean(destroyMethod = "close")
    public EventStorageEngine ledgerEventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                       Serializer generalSerializer,
                                                       ConnectionProvider connectionProvider,
                                                       PersistenceExceptionResolver persistenceExceptionResolver,
                                                       TransactionManager transactionManager,
                                                       EventSchema eventSchema) {
        return new LedgerJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(eventSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class));
    }

    /**
     * Tracking tokens next to the events. When several processes share one database (PostgreSQL scale-out), each
     * claims segments under its own node id ({@code fiscal-ledger.node-id}, default pid@host) and a segment whose
     * owner stopped renewing its claim for {@code fiscal-ledger.token-claim-timeout} (default 10s) is taken over by
     * another process.
     */
    @Bean
    public TokenStore ledgerTokenStore(ConnectionProvider connectionProvider, Serializer generalSerializer,
                                       TokenSchema tokenSchema,
                                       @Value("${fiscal-ledger.token-claim-timeout:10s}") Duration claimTimeout,
                                       @Value("${fiscal-ledger.node-id:}") String nodeId) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(generalSerializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .claimTimeout(claimTimeout);
        if (!nodeId.isBlank()) {
            builder.nodeId(nodeId.strip());
        }
        return builder.build();
    }

    /** The unit-years worked on lately stay in memory between commands; an evicted one is loaded from its snapshot. */
    @Bean
    public Cache ledgerCache(LedgerProperties properties) {
        return new BoundedAggregateCache(properties.getAggregateCacheSize());
    }

    @Bean
    public SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter, LedgerProperties properties) {
        return new LedgerSnapshotTriggerDefinition(snapshotter, properties.getSnapshotThreshold());
    }

    /** Who recorded an entry and why travel from the command's metadata to every event it records. */
    @Bean
    public CorrelationDataProvider ledgerAuditCorrelation() {
        return new AuditCorrelation();
    }

    @Bean
    public LedgerPolicy ledgerPolicy(LedgerProperties properties) {
        return new LedgerPolicy(properties.getOverspendPolicy());
    }
}
