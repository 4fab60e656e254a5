package fiscalledger.projections.config;

import fiscalledger.projections.PublicTables;
import fiscalledger.projections.audit.*;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.sql.ReadOnlySql;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/** The auditors' services on the read side: as-of SQL, cell traces, timelines, the event log, processor status. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public PostingLines postingLines(JdbcTemplate projectionsJdbcTemplate, ReadModelSchema readModelSchema) {
        return new PostingLines(projectionsJdbcTemplate, readModelSchema.postingsRowKeyed());
    }

    @Bean
    public AssetLines assetLines(JdbcTemplate projectionsJdbcTemplate) {
        return new AssetLines(projectionsJdbcTemplate);
    }

    @Bean
    public CellTracer cellTracer(PublicTables publicTables, PostingLines postingLines, CodeNames codeNames,
                                 AssetLines assetLines) {
        return new CellTracer(publicTables, postingLines, codeNames, assetLines);
    }

    @Bean
    public EventLog eventLog(JdbcTemplate projectionsJdbcTemplate, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new EventLog(projectionsJdbcTemplate, eventSerializer);
    }

    @Bean
    public History history(EventLog eventLog, PostingLines postingLines, CellTracer cellTracer) {
        return new History(eventLog, postingLines, cellTracer);
    }

    @Bean
    public AsOfSql asOfSql(DataSource dataSource, ReadModelSchema readModelSchema, ReadOnlySql readOnlySql,
                           fiscalledger.ledger.access.StoreAccess storeAccess) {
        return new AsOfSql(dataSource, readModelSchema, readOnlySql, storeAccess);
    }

    @Bean
    public ProcessorMonitor processorMonitor(@Lazy EventProcessingConfiguration eventProcessingConfiguration,
                                             @Lazy EventStore eventStore, JdbcTemplate projectionsJdbcTemplate,
                                             org.axonframework.serialization.Serializer serializer) {
        return new ProcessorMonitor(eventProcessingConfiguration, eventStore,
                new StoredTokens(projectionsJdbcTemplate, serializer));
    }

    @Bean
    public AuditServices auditServices(PublicTables publicTables, IdentityChecks identityChecks, AsOfSql asOfSql,
                                       CellTracer cellTracer, History history, EventLog eventLog,
                                       ProcessorMonitor processorMonitor, ProjectionReplay projectionReplay) {
        return new AuditServices(publicTables, identityChecks, asOfSql, cellTracer, history, eventLog,
                processorMonitor, projectionReplay);
    }
}
