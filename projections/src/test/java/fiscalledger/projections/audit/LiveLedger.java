package fiscalledger.projections.audit;

import fiscalledger.ledger.journal.ImportOptions;
import fiscalledger.ledger.journal.ImportReport;
import fiscalledger.ledger.journal.JournalImporter;
import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledgertest.projections.AuditTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running ledger (Axon, H2 file store, tracking processor) in a temporary directory, into which tests import
 * journals and whose read models they wait for.
 */
final class LiveLedger implements AutoCloseable {
    static final String SAMPLE = "/sample/229001-2024.csv";
    private static Path sampleFile;

    final ConfigurableApplicationContext context;
    final AuditServices audit;

    LiveLedger(Path dataDir) {
        context = new SpringApplicationBuilder(AuditTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run();
        audit = context.getBean(AuditServices.class);
    }

    /**
     * The shipped sample journal as a file. Under {@code mvn verify} the ledger module is on the class path as its
     * jar, where a resource has no file path of its own, so it is copied out once.
     */
    static synchronized Path sample() {
        if (sampleFile == null) {
            try (InputStream in = LiveLedger.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IllegalStateException(SAMPLE + " is not on the class path");
                }
                Path file = Files.createTempDirectory("sample-journal").resolve("229001-2024.csv");
                Files.copy(in, file);
                file.toFile().deleteOnExit();
                file.getParent().toFile().deleteOnExit();
                sampleFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sampleFile;
    }

    ImportReport importFile(Path file) {
        return importFile(file, Duration.ofMinutes(5));
    }

    ImportReport importFile(Path file, Duration readModelLimit) {
        try {
            ImportReport report = context.getBean(JournalImporter.class).importFile(file, ImportOptions.by("auditor"));
            assertThat(report.problems()).as("problems importing " + file).isEmpty();
            awaitReadModels(readModelLimit);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportReport importText(Path dir, String name, String csv) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, csv);
            return importFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitReadModels() {
        awaitReadModels(Duration.ofMinutes(5));
    }

    void awaitReadModels(Duration limit) {
        await().atMost(limit).pollInterval(Duration.ofMillis(50)).failFast(() -> audit.monitor().status().stream()
                        .anyMatch(ProcessorStatus::inError))
                .until(() -> audit.monitor().status(), all -> all.stream()
                        .filter(p -> p.name().equals(LedgerProjection.PROCESSING_GROUP))
                        .allMatch(p -> p.streaming() && p.lag() == 0));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
