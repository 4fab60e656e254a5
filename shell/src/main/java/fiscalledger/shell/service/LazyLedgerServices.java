package fiscalledger.shell.service;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.table.TableView;
import fiscalledger.shell.ErrorMessages;
import fiscalledger.shell.command.CommandFailure;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The ledger's services behind a context that starts when first needed, or in the background while the user reads
 * the prompt. `help` and `exit` never wait for it; a command that needs the ledger waits until it is up. A start
 * that failed (the database is locked by another shell, say) fails each such command with the reason.
 */
public final class LazyLedgerServices implements LedgerServices, AutoCloseable {

    private final Supplier<ConfigurableApplicationContext> starter;
    private CompletableFuture<ConfigurableApplicationContext> context;

    public LazyLedgerServices(Supplier<ConfigurableApplicationContext> starter) {
        this.starter = starter;
    }

    public synchronized void startInBackground() {
        if (context == null) {
            context = new CompletableFuture<>();
            Thread thread = new Thread(this::start, "ledger-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void start() {
        try {
            context.complete(starter.get());
        } catch (Throwable e) {
            context.completeExceptionally(e);
        }
    }

    private LedgerServices delegate() {
        CompletableFuture<ConfigurableApplicationContext> started;
        synchronized (this) {
            if (context == null) {
                context = new CompletableFuture<>();
                start();
            }
            started = context;
        }
        try {
            return started.get().getBean(LedgerServices.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("cancelled while the ledger was starting");
        } catch (ExecutionException e) {
            throw new CommandFailure("the ledger could not start: " + ErrorMessages.rootCause(e.getCause()), e.getCause());
        }
    }

    @Override
    public void close() {
        CompletableFuture<ConfigurableApplicationContext> started;
        synchronized (this) {
            started = context;
        }
        if (started != null) {
            try {
                started.get().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // it never started, so there is nothing to close
            }
        }
    }

    @Override
    public boolean storeIsEmpty() {
        return delegate().storeIsEmpty();
    }

    @Override
    public java.util.Optional<String> readModelsNotice() {
        return delegate().readModelsNotice();
    }

    @Override
    public List<LedgerSummary> ledgers() {
        return delegate().ledgers();
    }

    @Override
    public List<String> tableIds() {
        return delegate().tableIds();
    }

    @Override
    public TableView table(String tableId, LedgerKey ledger) {
        return delegate().table(tableId, ledger);
    }

    @Override
    public List<IdentityResult> check(LedgerKey ledger) {
        return delegate().check(ledger);
    }

    @Override
    public QueryResult sql(String query) {
        return delegate().sql(query);
    }

    @Override
    public long sql(String query, QueryRows rows) {
        return delegate().sql(query, rows);
    }

    @Override
    public ImportSummary importJournal(Path file, java.nio.charset.Charset encoding, ImportProgress progress) {
        return delegate().importJournal(file, encoding, progress);
    }

    @Override
    public ImportSummary importJournal(Path file, ImportProgress progress) {
        return delegate().importJournal(file, progress);
    }

    @Override
    public ImportSummary importSample(ImportProgress progress) {
        return delegate().importSample(progress);
    }

    @Override
    public RecordOutcome record(Object command, String reason) {
        return delegate().record(command, reason);
    }

    @Override
    public Map<String, String> functionCodes() {
        return delegate().functionCodes();
    }

    @Override
    public Map<String, String> economicCodes() {
        return delegate().economicCodes();
    }

    @Override
    public List<String> projects() {
        return delegate().projects();
    }

    @Override
    public fiscalledger.projections.audit.AuditServices audit() {
        return delegate().audit();
    }

    @Override
    public void awaitReadModels() {
        delegate().awaitReadModels();
    }
}
