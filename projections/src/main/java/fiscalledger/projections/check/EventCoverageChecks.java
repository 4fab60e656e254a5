package fiscalledger.projections.check;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.VehicleUse;
import fiscalledger.ledger.api.event.*;
import fiscalledger.projections.facts.PostingCount;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The read-model rows against the event store: every event that writes a table has its rows there (its global index
 * is the rows' sequence number) and every row belongs to such an event. The identities cannot see rows deleted by
 * hand, as they are computed from the same damaged rows; this compares sequence numbers and payload types only (no
 * payload is read), over the events of one unit-year the read-model processor has handled. The rows are read anew at
 * every check (they are what may be damaged); the events, which are only appended, are kept between checks
 * ({@link StoredEvents}).
 */
final class EventCoverageChecks {
    static final String NAME = "读模型 = 事件存储";
    private static final String REBUILD = "rebuild the read models with `replay`";
    private static final String REVERSAL = EntryReversedEvent.class.getName();
    /** Asset facts write one row per vehicle use and one for large equipment (ReadModelWriter.assetFacts). */
    private static final int ASSET_ITEMS = VehicleUse.values().length + 1;

    /** Which events write which table: rows required of {@code writers}, allowed also from {@code mayWrite}. */
    private record Coverage(String table, String seq, List<Class<?>> writers, List<Class<?>> mayWrite) {
        String label() {
            return seq.equals("seq") ? table : table + "." + seq;
        }
    }

    private static final List<Coverage> COVERAGES = List.of(
            // a year opened without opening balances writes no posting; a reversal is checked below
            new Coverage("postings", "seq", List.of(ExpenditureRecordedEvent.class, AppropriationReceivedEvent.class,
                    OtherIncomeReceivedEvent.class, NonFiscalBalanceUsedEvent.class, SurplusDistributedEvent.class,
                    InitialBudgetApprovedEvent.class, BudgetAdjustedEvent.class, EntryReversedEvent.class),
                    List.of(YearOpenedEvent.class)),
            new Coverage("ledgers", "opened_seq", List.of(YearOpenedEvent.class), List.of()),
            new Coverage("ledgers", "closed_seq", List.of(YearClosedEvent.class), List.of()),
            new Coverage("asset_facts", "seq", List.of(AssetFactsRecordedEvent.class), List.of()),
            new Coverage("performance_evaluations", "seq", List.of(PerformanceEvaluatedEvent.class), List.of()),
            new Coverage("procurement_contracts", "seq", List.of(ProcurementContractRecordedEvent.class), List.of()));

    private final JdbcTemplate jdbc;
    private final ProjectionReach projection;
    private final StoredEvents storedEvents;
    private final PostingSequences postingSequences;

    /** @param groupsInDatabase let the database group the postings by sequence (PostgreSQL) rather than reading them */
    EventCoverageChecks(JdbcTemplate jdbc, ProjectionReach projection, boolean groupsInDatabase) {
        this.jdbc = jdbc;
        this.projection = projection;
        this.storedEvents = new StoredEvents(jdbc);
        this.postingSequences = new PostingSequences(jdbc, groupsInDatabase);
    }

    /** @param postings the unit-year's count of postings and the table's, just read (to choose how to read them) */
    List<CheckResult> run(LedgerKey ledger, PostingCount postings) {
        ProjectionReach.Reach reach = projection.reach();
        // the unit-year's events (index and type, no payload), and its postings' sequences, are each read once
        StoredEvents.Index events = storedEvents.of(ledger.id());
        PostingSequences.Found posted = postingSequences.of(ledger, postings);
        Set<Long> marking = new HashSet<>();
        for (String table : List.of("asset_facts", "procurement_contracts", "performance_evaluations")) {
            marking.addAll(sequences(table, "reversed_seq", ledger));
        }
        Sequences reversalsMarkingRows = Sequences.of(marking);
        List<CheckResult> failures = new ArrayList<>();
        for (Coverage c : COVERAGES) {
            Sequences rows = c.table().equals("postings") ? posted.sequences()
                    : Sequences.of(sequences(c.table(), c.seq(), ledger));
            report(c, "event(s) have no rows", eventsWithoutRows(c, ledger, reach, events, rows, reversalsMarkingRows),
                    failures);
            report(c, "row sequence(s) match no event that writes them", rowsWithoutEvents(c, ledger, events, rows),
                    failures);
        }
        report(new Coverage("performance_indicators", "seq", List.of(), List.of()),
                "row sequence(s) match no performance evaluation", indicatorsWithoutEvaluation(), failures);
        // an event whose rows are only partly gone: its line numbers have a hole, or its item rows are fewer
        report(COVERAGES.get(0), "event(s) have lost some of their rows", byLedger(ledger, posted.incomplete()),
                failures);
        String ledgerRows = " WHERE t.unit = ? AND t.fiscal_year = ? GROUP BY t.seq, t.unit, t.fiscal_year HAVING ";
        Object[] key = {ledger.unit().value(), ledger.year().value()};
        report(new Coverage("performance_indicators", "seq", List.of(), List.of()),
                "event(s) have lost some of their rows", grouped("SELECT t.seq, t.unit, t.fiscal_year FROM "
                        + "performance_indicators i JOIN performance_evaluations t ON t.seq = i.seq" + ledgerRows
                        + "MAX(i.line_no) + 1 <> COUNT(*)", key), failures);
        report(COVERAGES.get(3), "event(s) have lost some of their rows", grouped("SELECT t.seq, t.unit, t.fiscal_year "
                + "FROM asset_facts t" + ledgerRows + "COUNT(*) <> " + ASSET_ITEMS, key), failures);
        if (!failures.isEmpty()) {
            return failures;
        }
        return List.of(CheckResult.pass(NAME, COVERAGES.stream().map(Coverage::label).distinct()
                .collect(Collectors.joining(", ")) + " of " + ledger + " hold its events up to sequence "
                + Math.max(0, reach.upTo())));
    }

    /** The distinct sequence numbers a read-model table holds in {@code column} for the unit-year. */
    private Set<Long> sequences(String table, String column, LedgerKey ledger) {
        Set<Long> out = new HashSet<>();
        jdbc.query("SELECT DISTINCT " + column + " FROM " + table + " WHERE unit = ? AND fiscal_year = ? AND " + column
                + " IS NOT NULL", rs -> {
                    out.add(rs.getLong(1));
                }, ledger.unit().value(), ledger.year().value());
        return out;
    }

    /** Events (by global index) the processor has handled whose rows are missing. */
    private static Map<String, List<Long>> eventsWithoutRows(Coverage c, LedgerKey ledger, ProjectionReach.Reach reach,
                                                             StoredEvents.Index events, Sequences rows,
                                                             Sequences reversalsMarkingRows) {
        if (reach.upTo() < 0) {
            return Map.of();
        }
        boolean[] writes = types(events, c.writers());
        // reversing a voucher of asset facts, a contract or an evaluation marks that row instead of posting
        int markedInstead = c.table().equals("postings") ? events.typeNames().indexOf(REVERSAL) : -1;
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int type = events.type(i);
            long index = events.globalIndex(i);
            if (writes[type] && reach.covers(index) && !rows.contains(index)
                    && !(type == markedInstead && reversalsMarkingRows.contains(index))) {
                missing.add(index);
            }
        }
        return byLedger(ledger, missing);
    }

    /** Row sequence numbers of the unit-year that are no event of it of a type that writes the table. */
    private static Map<String, List<Long>> rowsWithoutEvents(Coverage c, LedgerKey ledger, StoredEvents.Index events,
                                                             Sequences rows) {
        List<Class<?>> all = new ArrayList<>(c.writers());
        all.addAll(c.mayWrite());
        boolean[] writes = types(events, all);
        List<Long> orphans = new ArrayList<>();
        rows.forEach(seq -> {
            int type = events.typeAt(seq);
            if (type < 0 || !writes[type]) {
                orphans.add(seq);
            }
        });
        return byLedger(ledger, orphans);
    }

    /** Which of the unit-year's event types (by position) are among {@code classes}. */
    private static boolean[] types(StoredEvents.Index events, List<Class<?>> classes) {
        Set<String> names = names(classes);
        boolean[] among = new boolean[events.typeNames().size()];
        for (int i = 0; i < among.length; i++) {
            among[i] = names.contains(events.typeNames().get(i));
        }
        return among;
    }

    private static Map<String, List<Long>> byLedger(LedgerKey ledger, List<Long> sequences) {
        return sequences.isEmpty() ? Map.of()
                : Map.of(ledger.unit().value() + "/" + ledger.year().value(), sequences);
    }

    private static Set<String> names(List<Class<?>> classes) {
        return classes.stream().map(Class::getName).collect(Collectors.toCollection(HashSet::new));
    }

    /** An evaluation's indicators carry no unit-year of their own: they hang on the evaluation's row. */
    private Map<String, List<Long>> indicatorsWithoutEvaluation() {
        return grouped("SELECT DISTINCT i.seq, CAST(NULL AS VARCHAR(20)), CAST(NULL AS VARCHAR(20)) "
                + "FROM performance_indicators i WHERE NOT EXISTS "
                + "(SELECT 1 FROM performance_evaluations v WHERE v.seq = i.seq)");
    }

    private Map<String, List<Long>> grouped(String sql, Object... params) {
        Map<String, List<Long>> out = new TreeMap<>();
        jdbc.query(sql, rs -> {
            String ledger = rs.getString(2) == null ? "(unit-year unknown)" : rs.getString(2) + "/" + rs.getString(3);
            out.computeIfAbsent(ledger, k -> new ArrayList<>()).add(rs.getLong(1));
        }, params);
        return out;
    }

    private static void report(Coverage c, String what, Map<String, List<Long>> found, List<CheckResult> failures) {
        found.forEach((ledger, sequences) -> failures.add(new CheckResult(NAME, CheckStatus.FAIL, null, null, null, "",
                c.label() + " " + ledger + ": " + sequences.size() + " " + what + " (first event sequence "
                        + sequences.stream().mapToLong(Long::longValue).min().orElseThrow() + "); " + REBUILD)));
    }
}
