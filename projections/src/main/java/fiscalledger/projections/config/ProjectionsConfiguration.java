package fiscalledger.projections.config;

import fiscalledger.ledger.access.StoreAccess;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.projections.LedgerDirectory;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.catalog.CatalogCodeNames;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.check.ProjectionReach;
import fiscalledger.projections.facts.FactsRepository;
import fiscalledger.projections.readmodel.EventPositions;
import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.readmodel.PrefetchingMessageSource;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.readmodel.ReadModelWriter;
import fiscalledger.projections.readmodel.SegmentNoticingTokenStore;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.replay.RebuildResumption;
import fiscalledger.projections.replay.RebuildWriteDelay;
import fiscalledger.projections.replay.TokenResegmenting;
import fiscalledger.projections.sql.ReadOnlySql;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.function.Predicate;

/**
 * The read side: read-model schema (created at start-up), the tracking processor {@value LedgerProjection#PROCESSING_GROUP}
 * that fills it ({@code fiscal-ledger.projections.segments} segments, default 1 on H2 and 2 on PostgreSQL
 * ({@link ProjectionSegments}), and
 * {@code fiscal-ledger.projections.batch-size} events per transaction, default 1000), and the services the shell
 * uses: public tables, ledger directory, identity checks, read-only SQL and replay.
 * <p>
 * A process whose store is read-only ({@link StoreAccess}: a read-only data directory, a SELECT-only PostgreSQL user)
 * creates nothing and does not start the processor, which would have to write its tokens and the read models: it
 * reads the read models as a writing process left them (on PostgreSQL, kept current by the writers and workers).
 * A writing process finishes at start-up a rebuild that a killed process left half done ({@link RebuildResumption}).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:fiscal-ledger-projections.properties")
public class ProjectionsConfiguration {

    @Bean
    public ReadModelSchema readModelSchema(DataSource dataSource, StoreAccess storeAccess) {
        ReadModelSchema schema = new ReadModelSchema(dataSource);
        if (!storeAccess.readOnly()) {
            schema.create();
        } else if (!schema.missing().isEmpty()) {
            throw new IllegalStateException("the read-only store has no read models " + schema.missing()
                    + ": open it once in an officer's process, which creates and fills them");
        }
        return schema;
    }

    @Bean
    public JdbcTemplate projectionsJdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    public ReadModelWriter readModelWriter(JdbcTemplate projectionsJdbcTemplate) {
        return new ReadModelWriter(projectionsJdbcTemplate);
    }

    @Bean
    public LedgerProjection ledgerProjection(ReadModelWriter readModelWriter, ReadModelSchema readModelSchema,
                                             JdbcTemplate projectionsJdbcTemplate) {
        return new LedgerProjection(readModelWriter, readModelSchema, new EventPositions(projectionsJdbcTemplate));
    }

    @Bean
    public ProjectionSegments projectionSegments(@Value("${fiscal-ledger.projections.segments:}") String segments,
                                                 ReadModelSchema readModelSchema) {
        return ProjectionSegments.of(segments, readModelSchema.dialect());
    }

    @Bean
    public ConfigurerModule ledgerProjectionsProcessor(LedgerProjection ledgerProjection,
            ProjectionSegments projectionSegments,
            @Value("${fiscal-ledger.projections.batch-size:1000}") int batchSize, StoreAccess storeAccess) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("fiscal-ledger.projections.batch-size must be at least 1");
        }
        // a handler error must stop and retry the batch (the processor backs off and tries again), never be
        // logged and skipped: a skipped event would leave a hole in the read models
        return configurer -> configurer.eventProcessing(processing -> processing
                // not found by Axon's scan for @EventHandler methods (see LedgerProjection); its @ProcessingGroup
                // places it in this processor
                .registerEventHandler(c -> ledgerProjection)
                .registerListenerInvocationErrorHandler(LedgerProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                // tells each segment's read-ahead which segment it reads for
                .registerTokenStore(LedgerProjection.PROCESSING_GROUP,
                        c -> new SegmentNoticingTokenStore(c.getComponent(TokenStore.class)))
                .registerTrackingEventProcessor(LedgerProjection.PROCESSING_GROUP,
                        // read ahead: a rebuild reads and deserialises on one core while it writes on the other, each
                        // segment's reader deserialising only the events the processor will hand that segment
                        c -> new PrefetchingMessageSource(c.eventStore(), Math.max(1024, 2 * batchSize),
                                segment -> c.eventProcessingConfiguration()
                                        .eventProcessor(LedgerProjection.PROCESSING_GROUP, AbstractEventProcessor.class)
                                        .map(AbstractEventProcessor::eventHandlerInvoker)
                                        .<Predicate<TrackedEventMessage<?>>>map(invoker -> event -> invoker.canHandle(event, segment))
                                        .orElse(event -> true)),
                        c -> TrackingEventProcessorConfiguration
                                .forParallelProcessing(projectionSegments.threads())
                                .andInitialSegmentsCount(projectionSegments.segments())
                                .andBatchSize(batchSize)
                                .andAutoStart(!storeAccess.readOnly())));
    }

    @Bean
    public CodeNames codeNames(CodeCatalog codeCatalog) {
        return new CatalogCodeNames(codeCatalog);
    }

    @Bean
    public FactsRepository factsRepository(JdbcTemplate projectionsJdbcTemplate, ReadModelSchema readModelSchema) {
        return new FactsRepository(projectionsJdbcTemplate,
                readModelSchema.dialect() == ReadModelSchema.Dialect.POSTGRESQL);
    }

    @Bean
    public PublicTables publicTables(FactsRepository factsRepository, CodeNames codeNames) {
        return new PublicTables(factsRepository, codeNames);
    }

    @Bean
    public LedgerDirectory ledgerDirectory(FactsRepository factsRepository) {
        return new LedgerDirectory(factsRepository);
    }

    @Bean
    public IdentityChecks identityChecks(PublicTables publicTables, FactsRepository factsRepository,
                                         ReadModelSchema readModelSchema, JdbcTemplate projectionsJdbcTemplate,
                                         Serializer serializer) {
        // the token store writes the tokens with the general serializer
        return new IdentityChecks(publicTables, factsRepository, readModelSchema, projectionsJdbcTemplate,
                new ProjectionReach(projectionsJdbcTemplate, serializer));
    }

    @Bean
    public ReadOnlySql readOnlySql(DataSource dataSource, ReadModelSchema readModelSchema, StoreAccess storeAccess) {
        ReadOnlySql sql = new ReadOnlySql(dataSource, readModelSchema, storeAccess.readOnly());
        sql.initialise();
        return sql;
    }

    @Bean
    public ProjectionReplay projectionReplay(@Lazy EventProcessingConfiguration eventProcessingConfiguration,
                                             @Lazy EventStore eventStore, ReadModelSchema readModelSchema,
                                             StoreAccess storeAccess, ProjectionSegments projectionSegments,
                                             @Lazy TransactionManager transactionManager, DataSource dataSource) {
        return new ProjectionReplay(eventProcessingConfiguration, eventStore, readModelSchema,
                storeAccess.readOnly() ? storeAccess.reason() : null,
                new TokenResegmenting(transactionManager, projectionSegments.segments()),
                RebuildWriteDelay.of(dataSource, readModelSchema.dialect()));
    }

    @Bean
    public RebuildResumption rebuildResumption(ProjectionReplay projectionReplay, StoreAccess storeAccess) {
        return new RebuildResumption(projectionReplay, !storeAccess.readOnly());
    }
}
