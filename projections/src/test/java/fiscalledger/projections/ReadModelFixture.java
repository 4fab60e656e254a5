package fiscalledger.projections;

import fiscalledger.ledger.api.event.LedgerEvent;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.projections.catalog.CatalogCodeNames;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.facts.FactsRepository;
import fiscalledger.projections.readmodel.EventContext;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.readmodel.ReadModelWriter;
import fiscalledger.projections.sql.ReadOnlySql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.UUID;

/**
 * Read models in a private in-memory H2, fed by calling the projection's writer directly with consecutive global
 * sequence numbers (no Axon, no threads): what table and check tests pin their figures on.
 */
public final class ReadModelFixture {
    public final DriverManagerDataSource dataSource;
    public final JdbcTemplate jdbc;
    public final ReadModelSchema schema;
    public final ReadModelWriter writer;
    public final FactsRepository facts;
    public final PublicTables tables;
    public final LedgerDirectory directory;
    public final IdentityChecks checks;
    private long sequence;

    public ReadModelFixture() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:rm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        schema = new ReadModelSchema(dataSource);
        schema.create();
        writer = new ReadModelWriter(jdbc);
        facts = new FactsRepository(jdbc, false);
        tables = new PublicTables(facts, new CatalogCodeNames(CodeCatalog.builtIn()));
        directory = new LedgerDirectory(facts);
        checks = new IdentityChecks(tables, facts, schema, jdbc);
    }

    /** Records one event as the next in the store; returns its global sequence number. */
    public long record(LedgerEvent event) {
        writer.apply(event, new EventContext(++sequence, "tester", "test"));
        return sequence;
    }

    public void recordAll(List<? extends LedgerEvent> events) {
        events.forEach(this::record);
    }

    public ReadOnlySql readOnlySql() {
        ReadOnlySql sql = new ReadOnlySql(dataSource, schema);
        sql.initialise();
        return sql;
    }

    public void close() {
        jdbc.execute("SHUTDOWN");
    }
}
