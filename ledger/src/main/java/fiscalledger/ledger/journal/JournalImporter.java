package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.event.YearClosedEvent;
import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.ledger.config.LedgerSnapshotTriggerDefinition;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;

/**
 * Imports a journal file: all of it or nothing. The file is read first; if a line has a problem, nothing is recorded,
 * but the entries that read fine still go through the ledger's checks ({@link #checkAll}) so that every problem of
 * the file is listed at once. Otherwise, inside one database transaction that Axon's units of work join, the codes are
 * registered and each unit-year's entries are recorded with {@link RecordJournalCommand}s; a rejection in any
 * unit-year rolls back every unit-year of the file, after the others were still checked so that every problem is
 * reported at once. Entries whose voucher is already recorded are skipped by the ledger, so importing a file
 * again changes nothing.
 * <p>
 * A unit-year is sent in chunks of {@value #CHUNK} entries so progress can be shown; if a chunk is rejected, the
 * rest of that unit-year is checked again in one command, so that every later entry is judged against exactly the
 * state one command for the whole unit-year would have given it (and not reported for depending on a rejected chunk).
 * Every chunk but a unit-year's last is marked {@link LedgerSnapshotTriggerDefinition#JOURNAL_CONTINUES}, so the year
 * is snapshotted once, at the end of its import.
 */
@Service
public class JournalImporter {
    static final int CHUNK = 2000;

    private final JournalReader reader = new JournalReader();
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final EventStore eventStore;
    private final Cache ledgerCache;
    private final CodeCatalog catalog;

    public JournalImporter(CommandGateway commands, PlatformTransactionManager transactionManager, EventStore eventStore,
                           @Qualifier("ledgerCache") Cache ledgerCache, CodeCatalog catalog) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.eventStore = eventStore;
        this.ledgerCache = ledgerCache;
        this.catalog = catalog;
    }

    /** Reads and records a {@code .csv}, {@code .jsonl} or {@code .ndjson} journal; an unreadable file is a problem in the report. */
    public ImportReport importFile(Path file, ImportOptions options) throws IOException {
        return importFile(file, StandardCharsets.UTF_8, options);
    }

    /** The same for a file in the encoding its user names (GBK, GB18030); a byte not of it is a problem with its line. */
    public ImportReport importFile(Path file, Charset encoding, ImportOptions options) throws IOException {
        long start = System.nanoTime();
        return record(reader.read(file, encoding), options, start);
    }

    /** Records a journal already read (e.g. the sample year generated in memory). */
    public ImportReport importJournal(Journal journal, ImportOptions options) {
        return record(journal, options, System.nanoTime());
    }

    private ImportReport record(Journal journal, ImportOptions options, long start) {
        int entryCount = journal.codes().size() + journal.entries().size();
        if (journal.hasProblems()) {
            return ImportReport.rejected(journal, entryCount, checkAll(journal, options, entryCount), since(start));
        }
        Map<LedgerKey, List<JournalEntry>> groups = byLedger(journal.entries());
        Run run = new Run(journal, options, entryCount);
        try {
            transactions.executeWithoutResult(status -> {
                run.registerCodes();
                groups.forEach(run::recordLedger);
                if (!run.problems.isEmpty()) {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            forgetUnstoredState(groups.keySet(), run.unstoredCodes());
            throw e;
        }
        if (!run.problems.isEmpty()) {
            forgetUnstoredState(groups.keySet(), run.unstoredCodes());
            run.problems.sort(Comparator.comparingLong(EntryProblem::line));
            return ImportReport.rejected(journal, entryCount, run.problems, since(start));
        }
        return new ImportReport(journal.source(), journal.linesRead(), entryCount, run.recorded, run.skipped,
                run.codesRegistered, run.eventsByType, run.warnings, List.of(), since(start));
    }

    /**
     * The ledger's checks of a journal whose reader found problems, so that they are listed with the reader's, sorted
     * by line: the codes are registered and each unit-year's entries recorded as in an import, in a transaction that
     * is always rolled back. What only follows from a line with a problem is left out, its problem being listed:
     * <ul>
     * <li>a code that a line with a problem may register is taken as known ({@link CodeCatalog#assumeForCheck}),
     * so the entries using it and a code line of a child code are judged as they will be once it is registered;</li>
     * <li>a reversal of a voucher that a line with a problem may be is not checked ("not recorded" would follow), nor
     * a 调剂 or 追减 taking from a budget line to which a line with a problem may give 全年预算 ("holds … cannot give");</li>
     * <li>the entries of a unit-year that is not stored and whose {@code open-year} line may be one with a problem are
     * not checked (they would all be "not open"), nor those of a year carried forward from a year whose
     * {@code open-year} or {@code close-year} line may be one with a problem ("not closed").</li>
     * </ul>
     * Detail lines of a header with a problem were left out by the reader ({@link JournalAssembler}).
     */
    private List<EntryProblem> checkAll(Journal journal, ImportOptions options, int entryCount) {
        if (journal.entries().isEmpty() && journal.codes().isEmpty()) {
            return journal.problems();
        }
        List<UnreadLine> unread = journal.unread();
        Set<String> readVouchers = new HashSet<>();
        journal.entries().forEach(e -> readVouchers.add(e.command().ledger().id() + " " + e.command().voucher().strip()));
        List<JournalEntry> checked = journal.entries().stream()
                .filter(e -> !followsFromUnread(e.command(), unread, readVouchers))
                .toList();
        Map<LedgerKey, List<JournalEntry>> groups = byLedger(checked);
        Run run = new Run(journal, options, entryCount);
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                Set<RegisterCodeCommand> read = new HashSet<>();
                journal.codes().forEach(c -> read.add(new RegisterCodeCommand(c.command().kind(), c.command().code(), "")));
                unread.stream().flatMap(u -> u.mayRegister().stream())
                        .filter(c -> !read.contains(new RegisterCodeCommand(c.kind(), c.code(), "")))
                        .forEach(run::assume);
                run.registerCodes();
                groups.forEach((ledger, entries) -> {
                    Optional<String> unchecked = unopenable(ledger, entries, unread);
                    if (unchecked.isPresent()) {
                        // said, so that the officer expects these entries' own problems once that line is corrected
                        run.problems.add(new EntryProblem(journal.source(), entries.get(0).line(),
                                entries.get(0).command().voucher(), "", (entries.size() == 1 ? "this entry of "
                                        : "the " + entries.size() + " entries of ") + ledger + " starting here"
                                        + (entries.size() == 1 ? " was" : " were") + " not checked: " + unchecked.get()));
                        run.advance(entries.size());
                    } else {
                        run.recordLedger(ledger, entries);
                    }
                });
            });
        } finally {
            forgetUnstoredState(groups.keySet(), run.unstoredCodes());
            run.advance(entryCount - run.done);
        }
        List<EntryProblem> all = new ArrayList<>(journal.problems());
        all.addAll(run.problems);
        all.sort(Comparator.comparingLong(EntryProblem::line));
        return all;
    }

    /**
     * Whether the entry depends on what a line with a problem may be: a reversal of a voucher that no entry that read
     * fine has, or a 调剂 or 追减 taking from a budget line that such a line may give its budget.
     */
    private static boolean followsFromUnread(LedgerCommand command, List<UnreadLine> unread, Set<String> readVouchers) {
        if (command instanceof ReverseEntryCommand reversal) {
            String target = reversal.reversedVoucher().strip();
            return !readVouchers.contains(reversal.ledger().id() + " " + target)
                    && unread.stream().anyMatch(u -> u.mayBe(reversal.ledger(), target));
        }
        if (command instanceof AdjustBudgetCommand adjustment && adjustment.from() != null) {
            return unread.stream().anyMatch(u -> u.mayBudget(adjustment.ledger(), adjustment.from().function()));
        }
        return false;
    }

    /**
     * Why every entry of the unit-year would only be reported for a year that a line with a problem opens or closes,
     * if so: which line that is.
     */
    private Optional<String> unopenable(LedgerKey ledger, List<JournalEntry> entries, List<UnreadLine> unread) {
        if (entries.get(0).command() instanceof OpenYearCommand open) {
            if (!open.carryForward()) {
                return Optional.empty();
            }
            LedgerKey previous = LedgerKey.of(ledger.unit(), ledger.year().previous());
            // a year the store holds closed carries forward whatever the file's unread lines are
            if (closedInStore(previous)) {
                return Optional.empty();
            }
            boolean previousStored = eventStore.lastSequenceNumberFor(previous.id()).isPresent();
            return unread.stream().filter(u -> u.mayClose(previous) || (u.mayOpen(previous) && !previousStored))
                    .findFirst().map(u -> "it carries forward from " + previous + ", which line " + u.line()
                            + " may open or close, and that line has a problem");
        }
        if (eventStore.lastSequenceNumberFor(ledger.id()).isPresent()) {
            return Optional.empty();
        }
        return unread.stream().filter(u -> u.mayOpen(ledger)).findFirst()
                .map(u -> "the year is not open, and line " + u.line() + ", which may open it, has a problem");
    }

    /** Whether the store holds the year closed: nothing is recorded in a year after its closing, so its last event. */
    private boolean closedInStore(LedgerKey year) {
        return eventStore.lastSequenceNumberFor(year.id())
                .map(last -> eventStore.readEvents(year.id(), last).asStream()
                        .anyMatch(m -> m.getPayload() instanceof YearClosedEvent))
                .orElse(false);
    }

    /**
     * The units of work inside the rolled-back transaction did commit as far as Axon knows, so the aggregate cache
     * holds years with events that were never stored, and the catalog codes that were never stored: drop them, the
     * next command loads the stored state.
     */
    private void forgetUnstoredState(Collection<LedgerKey> ledgers, List<RegisterCodeCommand> codes) {
        ledgers.forEach(key -> ledgerCache.remove(key.id()));
        codes.forEach(code -> catalog.forgetRegistered(code.kind(), code.code()));
    }

    /** Entries by unit-year in the order the file first names them; a year's opening goes first, as the ledger needs it. */
    static Map<LedgerKey, List<JournalEntry>> byLedger(List<JournalEntry> entries) {
        Map<LedgerKey, List<JournalEntry>> groups = new LinkedHashMap<>();
        for (JournalEntry entry : entries) {
            groups.computeIfAbsent(entry.command().ledger(), k -> new ArrayList<>()).add(entry);
        }
        groups.values().forEach(list -> list.sort(Comparator.comparingInt(e -> e.command() instanceof OpenYearCommand ? 0 : 1)));
        return groups;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** One import's dispatching and tallies, inside the transaction. */
    private final class Run {
        private final Journal journal;
        private final MetaData metaData;
        /** A chunk that more chunks of its unit-year follow: the year is snapshotted after the last one only. */
        private final MetaData continuing;
        private final ImportProgressListener listener;
        private final int total;
        private int done;
        private int recorded;
        private int skipped;
        private int codesRegistered;
        private final Map<String, Integer> eventsByType = new TreeMap<>();
        private final List<EntryProblem> warnings = new ArrayList<>();
        private final List<EntryProblem> problems = new ArrayList<>();
        private final List<RegisterCodeCommand> registered = new ArrayList<>();
        /** Codes taken as known for the check because their own code line has a problem (see {@link #assume}). */
        private final List<RegisterCodeCommand> assumed = new ArrayList<>();
        /** The entries of unit-years whose closing in the file was rolled back with their rejected entries. */
        private final Map<LedgerKey, List<JournalEntry>> unclosed = new HashMap<>();

        Run(Journal journal, ImportOptions options, int total) {
            this.journal = journal;
            this.metaData = MetaData.with(LedgerMetadata.USER, options.user())
                    .and(LedgerMetadata.REASON, "import " + journal.source());
            this.continuing = metaData.and(LedgerSnapshotTriggerDefinition.JOURNAL_CONTINUES, Boolean.TRUE);
            this.listener = options.progress();
            this.total = total;
            listener.progress(0, total);
        }

        void registerCodes() {
            for (CodeEntry code : journal.codes()) {
                try {
                    RecordingResult result = send(code.command());
                    codesRegistered += result.recorded();
                    if (result.recorded() > 0) {
                        registered.add(code.command());
                    }
                    count(code.command(), result.recorded());
                } catch (LedgerRuleException e) {
                    // the registry does not know the file; its problems get the code line's place
                    e.problems().forEach(p -> problems.add(new EntryProblem(code.source(), code.line(), p.voucher(),
                            p.field(), p.message())));
                    // listed once, here: the entries using the code (and its child codes) are judged as if it were known
                    assume(code.command());
                }
                advance(1);
            }
        }

        /**
         * Takes a code as known for the rest of this run, which is rolled back; it is forgotten with the run. The code
         * is one a clean {@code code} line gives or {@link UnreadLine#mayRegister} names: of its kind, in its form.
         */
        void assume(RegisterCodeCommand code) {
            if (catalog.assumeForCheck(code.kind(), code.code(), code.name())) {
                assumed.add(code);
            }
        }

        /** The codes this run added to the catalog: registered in a transaction that may yet roll back, or assumed. */
        List<RegisterCodeCommand> unstoredCodes() {
            List<RegisterCodeCommand> codes = new ArrayList<>(registered);
            codes.addAll(assumed);
            return codes;
        }

        void recordLedger(LedgerKey ledger, List<JournalEntry> entries) {
            if (!problems.isEmpty() && carriesForwardFromRejected(ledger, entries)
                    && !recordWithoutRejected(LedgerKey.of(ledger.unit(), ledger.year().previous()))) {
                // "not closed" would follow from the previous year's problems, listed already
                advance(entries.size());
                return;
            }
            long before = eventStore.lastSequenceNumberFor(ledger.id()).orElse(-1L);
            RecordingResult result = RecordingResult.NOTHING;
            for (int from = 0; from < entries.size(); ) {
                int to = Math.min(from + CHUNK, entries.size());
                try {
                    RecordJournalCommand chunk = new RecordJournalCommand(ledger, List.copyOf(entries.subList(from, to)));
                    result = result.plus(to < entries.size() ? send(chunk, continuing) : send(chunk));
                    advance(to - from);
                    from = to;
                } catch (LedgerRuleException rejected) {
                    if (entries.stream().anyMatch(e -> e.command() instanceof CloseYearCommand)) {
                        unclosed.put(ledger, entries);
                    }
                    problems.addAll(from == 0 && to == entries.size() ? rejected.problems()
                            : recheckRest(ledger, entries.subList(from, entries.size()), rejected));
                    advance(entries.size() - from);
                    return;
                }
            }
            recorded += result.recorded();
            skipped += result.skippedAsDuplicate();
            warnings.addAll(result.warnings());
            countEvents(ledger, entries, result, before);
        }

        private boolean carriesForwardFromRejected(LedgerKey ledger, List<JournalEntry> entries) {
            return entries.get(0).command() instanceof OpenYearCommand open && open.carryForward()
                    && unclosed.containsKey(LedgerKey.of(ledger.unit(), ledger.year().previous()));
        }

        /**
         * Records a rejected unit-year again without its entries with problems (the run is rolled back: this only
         * gives the year after it, carried forward from it, the opening it will have once they are corrected), and
         * without the entries that are then rejected in turn; whether it could be recorded so. What this finds is
         * not listed: it only follows from what is.
         */
        private boolean recordWithoutRejected(LedgerKey ledger) {
            List<JournalEntry> rest = unclosed.remove(ledger);
            Set<Long> rejected = new HashSet<>();
            problems.forEach(p -> rejected.add(p.line()));
            for (int attempt = 0; attempt < 3; attempt++) {
                rest = rest.stream().filter(e -> !rejected.contains(e.line())).toList();
                if (rest.isEmpty() || rest.stream().noneMatch(e -> e.command() instanceof CloseYearCommand)) {
                    return false; // the year would not be closed, and "not closed" follow from its problems
                }
                try {
                    send(new RecordJournalCommand(ledger, rest));
                    return true;
                } catch (LedgerRuleException again) {
                    again.problems().forEach(p -> rejected.add(p.line()));
                }
            }
            return false;
        }

        private List<EntryProblem> recheckRest(LedgerKey ledger, List<JournalEntry> rest, LedgerRuleException first) {
            try {
                send(new RecordJournalCommand(ledger, List.copyOf(rest)));
            } catch (LedgerRuleException all) {
                return all.problems();
            }
            return first.problems();
        }

        /** One event per recorded entry; only when some were skipped must the stored events tell which. */
        private void countEvents(LedgerKey ledger, List<JournalEntry> entries, RecordingResult result, long before) {
            if (result.recorded() == 0) {
                return;
            }
            if (result.skippedAsDuplicate() == 0) {
                entries.forEach(e -> count(e.command(), 1));
                return;
            }
            eventStore.readEvents(ledger.id(), before + 1).asStream()
                    .map(DomainEventMessage::getPayloadType)
                    .forEach(type -> eventsByType.merge(type.getSimpleName(), 1, Integer::sum));
        }

        private void count(Object command, int events) {
            if (events > 0) {
                eventsByType.merge(EventTypes.recordedBy(command), events, Integer::sum);
            }
        }

        private RecordingResult send(Object command) {
            return send(command, metaData);
        }

        private RecordingResult send(Object command, MetaData metaData) {
            RecordingResult result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            return result == null ? RecordingResult.NOTHING : result;
        }

        private void advance(int entries) {
            done += entries;
            listener.progress(done, total);
        }
    }
}
