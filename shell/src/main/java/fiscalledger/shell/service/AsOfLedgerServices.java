package fiscalledger.shell.service;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.audit.AuditServices;
import fiscalledger.projections.table.TableView;
import fiscalledger.shell.command.CommandFailure;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The shell's services as the ledger stood at a cut-off, handed by {@code as-of} to the command it runs: tables,
 * checks, SQL and traces see only the events up to the cut-off; the live read models are read, never changed, and
 * recording is refused.
 */
public final class AsOfLedgerServices implements LedgerServices {

    private final LedgerServices live;
    private final Cutoff cutoff;

    public AsOfLedgerServices(LedgerServices live, Cutoff cutoff) {
        this.live = live;
        this.cutoff = cutoff;
    }

    @Override
    public Cutoff cutoff() {
        return cutoff;
    }

    @Override
    public List<LedgerSummary> ledgers() {
        return live.ledgers();
    }

    @Override
    public List<String> tableIds() {
        return live.tableIds();
    }

    @Override
    public TableView table(String tableId, LedgerKey ledger) {
        live.awaitReadModels();
        return live.audit().table(tableId, ledger, cutoff);
    }

    @Override
    public List<IdentityResult> check(LedgerKey ledger) {
        live.awaitReadModels();
        return live.audit().check(ledger, cutoff).stream().map(SpringLedgerServices::identity).toList();
    }

    @Override
    public QueryResult sql(String query) {
        live.awaitReadModels();
        return SpringLedgerServices.shellResult(live.audit().sql(query, SpringLedgerServices.MAX_SQL_ROWS, cutoff));
    }

    @Override
    public long sql(String query, QueryRows rows) {
        live.awaitReadModels();
        return live.audit().sql(query, cutoff, SpringLedgerServices.sink(rows));
    }

    @Override
    public AuditServices audit() {
        return live.audit();
    }

    @Override
    public void awaitReadModels() {
        live.awaitReadModels();
    }

    @Override
    public ImportSummary importJournal(Path file, ImportProgress progress) {
        throw readOnly();
    }

    @Override
    public ImportSummary importSample(ImportProgress progress) {
        throw readOnly();
    }

    @Override
    public RecordOutcome record(Object command, String reason) {
        throw readOnly();
    }

    @Override
    public Map<String, String> functionCodes() {
        return live.functionCodes();
    }

    @Override
    public Map<String, String> economicCodes() {
        return live.economicCodes();
    }

    @Override
    public List<String> projects() {
        return live.projects();
    }

    private CommandFailure readOnly() {
        return new CommandFailure("as-of looks at the past (" + cutoff.describe() + "); it cannot record anything");
    }
}
