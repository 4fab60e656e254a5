package fiscalledger.shell.service;

import org.axonframework.messaging.MetaData;

import java.nio.file.Path;

/** Imports journal files (and the bundled sample) through the ledger's importer, reporting progress. */
public interface JournalImports {

    ImportSummary importFile(Path file, ImportProgress progress, MetaData metaData);

    ImportSummary importSample(ImportProgress progress, MetaData metaData);
}
