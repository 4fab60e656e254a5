package fiscalledger.shell.service;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.catalog.CatalogEntry;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.ledger.journal.ImportOptions;
import fiscalledger.ledger.journal.ImportReport;
import fiscalledger.ledger.journal.Journal;
import fiscalledger.ledger.journal.JournalFormat;
import fiscalledger.ledger.journal.JournalImporter;
import fiscalledger.ledger.journal.JournalReader;
import java.nio.charset.StandardCharsets;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.LedgerDirectory;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.check.CheckResult;
import fiscalledger.projections.check.CheckStatus;
import fiscalledger.projections.check.IdentityChecks;
import fiscalledger.projections.sql.ReadOnlySql;
import fiscalledger.projections.table.TableView;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell's services on the real ledger: commands go through Axon's command gateway with who recorded them and
 * why in the metadata; reads go to the projections once they have caught up with everything recorded.
 */
@Component
public class SpringLedgerServices implements LedgerServices {

    /** The bundled sample year (unit 229001, 2024), a journal in the ledger module's resources. */
    static final String SAMPLE = "sample/229001-2024.csv";

    /** Rows an ad-hoc query prints at most; more is a sign the query wants a WHERE or an export (which has no limit). */
    static final int MAX_SQL_ROWS = 10_000;

    private final CommandGateway commands;
    private final CodeCatalog catalog;
    private final LedgerDirectory directory;
    private final PublicTables tables;
    private final IdentityChecks checks;
    private final ReadOnlySql sql;
    private final JdbcTemplate jdbc;
    private final ProjectionCatchUp catchUp;
    private final JournalImporter importer;
    private final String user;
    private final fiscalledger.projections.audit.AuditServices audit;
    private final fiscalledger.ledger.access.StoreAccess storeAccess;

    public SpringLedgerServices(fiscalledger.projections.audit.AuditServices audit, CommandGateway commands, CodeCatalog catalog, LedgerDirectory directory,
                                PublicTables tables, IdentityChecks checks, ReadOnlySql sql,
                                JdbcTemplate projectionsJdbcTemplate,
                                org.axonframework.config.EventProcessingConfiguration processing,
                                org.axonframework.eventsourcing.eventstore.EventStore eventStore,
                                JournalImporter importer,
                                @Value("${fiscal-ledger.user:${user.name:unknown}}") String user,
                                fiscalledger.ledger.access.StoreAccess storeAccess) {
        this.commands = commands;
        this.catalog = catalog;
        this.directory = directory;
        this.tables = tables;
        this.checks = checks;
        this.sql = sql;
        this.jdbc = projectionsJdbcTemplate;
        this.catchUp = new ProjectionCatchUp(processing, eventStore, storeAccess.readOnly());
        this.importer = importer;
        this.user = user;
        this.audit = audit;
        this.storeAccess = storeAccess;
    }

    @Override
    public java.util.Optional<String> readModelsNotice() {
        if (!storeAccess.readOnly()) {
            // the start-up found a rebuild a killed process left half done and is finishing it (RebuildResumption)
            return audit.replay().resumedAtStart().map(begun -> "A rebuild of the read models begun at " + begun
                    + " was interrupted; it is being finished now. Tables and checks wait until it is done; `status`"
                    + " shows its progress.");
        }
        String how = audit.monitor().status().stream()
                .filter(p -> p.name().equals(fiscalledger.projections.readmodel.LedgerProjection.PROCESSING_GROUP))
                .findFirst().map(fiscalledger.shell.command.audit.StatusCommand::behind)
                .orElse("how far behind the events is not known");
        // a rebuild killed half-way on H2 left empty read models: only a writing process can finish it
        String interrupted = audit.replay().interruptedRebuild().map(begun -> " A rebuild of the read models begun at "
                + begun + " was interrupted: they are incomplete until a process that can write the store is started"
                + " on it, which finishes the rebuild.").orElse("");
        return java.util.Optional.of("The store is read-only here: " + storeAccess.reason() + ". Tables and queries"
                + " show the read models as the writing process left them, " + how
                + "; `status` shows where each segment stands." + interrupted);
    }

    @Override
    public fiscalledger.projections.audit.AuditServices audit() {
        return audit;
    }

    @Override
    public void awaitReadModels() {
        catchUp.await();
    }

    /** One MAX(global_index) on the event table: no wait for the read models, whatever the store's size. */
    @Override
    public boolean storeIsEmpty() {
        return audit.events().head() == 0;
    }

    @Override
    public List<LedgerSummary> ledgers() {
        catchUp.await();
        return directory.ledgers().stream()
                .map(l -> new LedgerSummary(l.key(), l.unitName(), l.closed())).toList();
    }

    @Override
    public List<String> tableIds() {
        return tables.tableIds();
    }

    @Override
    public TableView table(String tableId, LedgerKey ledger) {
        catchUp.await();
        return tables.render(tableId, ledger, Cutoff.NONE);
    }

    @Override
    public List<IdentityResult> check(LedgerKey ledger) {
        catchUp.await();
        return checks.run(ledger, Cutoff.NONE).stream().map(SpringLedgerServices::identity).toList();
    }

    @Override
    public QueryResult sql(String query) {
        catchUp.await();
        return shellResult(sql.query(query, MAX_SQL_ROWS));
    }

    @Override
    public long sql(String query, QueryRows rows) {
        catchUp.await();
        return audit.sql(query, Cutoff.NONE, sink(rows));
    }

    /** The rows of a streamed query as printed text, as {@link #shellResult} turns them. */
    static fiscalledger.projections.sql.RowSink sink(QueryRows rows) {
        return new fiscalledger.projections.sql.RowSink() {
            @Override
            public void columns(List<String> labels) {
                rows.columns(labels);
            }

            @Override
            public void columns(List<String> labels, List<Boolean> numbers) {
                rows.columns(labels, numbers);
            }

            @Override
            public void row(List<Object> values) {
                List<String> texts = new ArrayList<>(values.size());
                for (Object v : values) {
                    texts.add(text(v));
                }
                rows.row(texts);
            }
        };
    }

    /**
     * A query's rows as printed text. More than {@link #MAX_SQL_ROWS} rows is an error, not a truncated answer (a
     * first part of a result passes too easily for all of it): it says how to get every row (--out FILE, which has
     * no limit) or a smaller answer.
     */
    static QueryResult shellResult(fiscalledger.projections.sql.QueryResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            rows.add(row.stream().map(SpringLedgerServices::text).toList());
        }
        if (result.truncated()) {
            throw new CommandFailure(String.format("the query returns more than %,d rows, more than the screen"
                    + " shows, so nothing is printed: write every row to a file with --out FILE, which has no limit"
                    + " (sql --format csv --out rows.csv SELECT …), or narrow it with WHERE or aggregate with GROUP BY",
                    MAX_SQL_ROWS));
        }
        return new QueryResult(result.columns(), rows, result.numbers());
    }

    @Override
    public ImportSummary importJournal(Path file, ImportProgress progress) {
        return importJournal(file, StandardCharsets.UTF_8, progress);
    }

    @Override
    public ImportSummary importJournal(Path file, java.nio.charset.Charset encoding, ImportProgress progress) {
        try {
            return summary(importer.importFile(file, encoding, options(progress)));
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The sample is read from the jar and then goes the way every journal file goes. */
    @Override
    public ImportSummary importSample(ImportProgress progress) {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/" + SAMPLE)) {
            if (in == null) {
                throw new CommandFailure("the sample journal " + SAMPLE + " is missing from this build");
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new CommandFailure("cannot read the sample journal: " + e.getMessage());
        }
        String source = SAMPLE.substring(SAMPLE.lastIndexOf('/') + 1);
        Journal journal = new JournalReader().read(source, content, JournalFormat.CSV);
        return summary(importer.importJournal(journal, options(progress)));
    }

    private ImportOptions options(ImportProgress progress) {
        return new ImportOptions(user, progress::advanced);
    }

    private static ImportSummary summary(ImportReport report) {
        Map<String, Long> events = new LinkedHashMap<>();
        report.eventsByType().forEach((type, count) -> events.put(type, count.longValue()));
        return new ImportSummary(report.source(), report.linesRead(), events, report.skipped(),
                report.warnings(),
                report.problems().stream().map(Object::toString).toList());
    }

    @Override
    public RecordOutcome record(Object command, String reason) {
        Object result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(reason)));
        if (result instanceof RecordingResult r) {
            List<String> warnings = r.warnings().stream().map(Object::toString).toList();
            if (r.recorded() == 0 && r.skippedAsDuplicate() > 0 && command instanceof LedgerCommand c) {
                return new RecordOutcome("voucher " + c.voucher() + " is already recorded in " + c.ledger()
                        + ": nothing changed", warnings);
            }
            return new RecordOutcome("", warnings);
        }
        return new RecordOutcome("", List.of());
    }

    @Override
    public Map<String, String> functionCodes() {
        return codes(CodeKind.FUNCTION);
    }

    @Override
    public Map<String, String> economicCodes() {
        return codes(CodeKind.ECONOMIC);
    }

    @Override
    public List<String> projects() {
        catchUp.await();
        return jdbc.queryForList("SELECT DISTINCT project FROM postings WHERE project <> '' ORDER BY project",
                String.class);
    }

    private Map<String, String> codes(CodeKind kind) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (CatalogEntry entry : catalog.codes(kind)) {
            codes.put(entry.code(), entry.name());
        }
        return codes;
    }

    private MetaData metaData(String reason) {
        return MetaData.with(LedgerMetadata.USER, user).and(LedgerMetadata.REASON, reason);
    }

    static IdentityResult identity(CheckResult r) {
        String figures = r.left() == null ? r.where()
                : plain(r.left()) + " vs " + plain(r.right()) + " " + r.amountUnit()
                + (r.difference() == null || r.difference().signum() == 0 ? "" : ", difference " + plain(r.difference()))
                + (r.status() == CheckStatus.TAIL_DIFFERENCE ? " (尾数误差 from rounding)" : "")
                + (r.where() == null || r.where().isEmpty() ? "" : " [" + r.where() + "]");
        return new IdentityResult(r.name(), r.passed(), figures);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }
}
