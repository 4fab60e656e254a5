package fiscalledger.projections.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.check.CheckResult;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.replay.ProjectionReplay;
import fiscalledger.projections.sql.QueryResult;
import fiscalledger.projections.table.TableView;

import java.util.List;

/**
 * What auditors ask of the read side, in one place for the shell: tables, checks and SQL as of a cut-off, traces of
 * cells, timelines, the event log, processor status and replay.
 */
public class AuditServices {
    private final PublicTables tables;
    private final IdentityChecks checks;
    private final AsOfSql sql;
    private final CellTracer tracer;
    private final History history;
    private final EventLog events;
    private final ProcessorMonitor monitor;
    private final ProjectionReplay replay;

    public AuditServices(PublicTables tables, IdentityChecks checks, AsOfSql sql, CellTracer tracer, History history,
                         EventLog events, ProcessorMonitor monitor, ProjectionReplay replay) {
        this.tables = tables;
        this.checks = checks;
        this.sql = sql;
        this.tracer = tracer;
        this.history = history;
        this.events = events;
        this.monitor = monitor;
        this.replay = replay;
    }

    public TableView table(String tableId, LedgerKey ledger, Cutoff cutoff) {
        return tables.render(tableId, ledger, cutoff);
    }

    public List<CheckResult> check(LedgerKey ledger, Cutoff cutoff) {
        return checks.run(ledger, cutoff);
    }

    public QueryResult sql(String query, int maxRows, Cutoff cutoff) {
        return sql.query(query, maxRows, cutoff);
    }

    /** Every row of the query at the cut-off to {@code sink} as it is read, without a row limit (exports). */
    public long sql(String query, Cutoff cutoff, fiscalledger.projections.sql.RowSink sink) {
        return sql.stream(query, cutoff, sink);
    }

    public CellTracer tracer() {
        return tracer;
    }

    public History history() {
        return history;
    }

    public EventLog events() {
        return events;
    }

    public ProcessorMonitor monitor() {
        return monitor;
    }

    public ProjectionReplay replay() {
        return replay;
    }

    public PublicTables tables() {
        return tables;
    }
}
