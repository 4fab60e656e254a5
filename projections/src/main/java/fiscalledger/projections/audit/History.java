package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.event.EntryReversedEvent;
import fiscalledger.ledger.api.event.LedgerEvent;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.readmodel.Movement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Timelines for auditors: of one voucher (recorded, reversed, by whom), of one budget line or project (年初预算,
 * each adjustment, spending month by month, 结余), and of one table cell month by month.
 */
public class History {
    private final EventLog events;
    private final PostingLines postings;
    private final CellTracer tracer;

    public History(EventLog events, PostingLines postings, CellTracer tracer) {
        this.events = events;
        this.postings = postings;
        this.tracer = tracer;
    }

    /** Every event that recorded or reversed the voucher, in the order they were stored. */
    public List<TimelineEntry> voucher(LedgerKey ledger, String voucher) {
        return voucher(ledger, voucher, Cutoff.NONE);
    }

    /** The voucher's events within the cut-off (a reversal after it has not happened yet). */
    public List<TimelineEntry> voucher(LedgerKey ledger, String voucher, Cutoff cutoff) {
        List<EventRecord> found = events.events(new EventFilter(ledger, null, null, null, voucher, null, Integer.MAX_VALUE),
                e -> e.ledgerEvent().map(le -> cutoff.includes(le.date(), e.sequence())).orElse(false));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no voucher '" + voucher + "' in " + ledger
                    + (cutoff.isNone() ? "" : " " + cutoff.describe()));
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (EventRecord e : found) {
            LedgerEvent le = e.ledgerEvent().orElseThrow();
            String what;
            if (le instanceof EntryReversedEvent r && voucher.equals(r.reversedVoucher())) {
                what = "reversed by voucher " + r.voucher();
            } else {
                what = "recorded (" + e.type().replaceFirst("Event$", "") + ")";
            }
            Fen amount = null;
            if (!(le instanceof EntryReversedEvent)) {
                long sum = postings.ofVoucher(ledger, le.voucher()).stream()
                        .filter(p -> p.sequence() == e.sequence() && !p.movement().isBudget())
                        .mapToLong(p -> p.amount().value()).sum();
                amount = sum == 0 ? null : Fen.of(sum);
            }
            timeline.add(new TimelineEntry(le.date(), e.sequence(), le.voucher(), what, by(e), amount, null,
                    e.summary() + (le.memo() == null || le.memo().isBlank() ? "" : "  摘要: " + le.memo())));
        }
        return timeline;
    }

    /**
     * A budget line or project: 年初预算 and each adjustment with the running 全年预算, then spending month by month
     * with the running 执行数; the last entry is the 结余 (全年预算 − 执行数).
     */
    public List<TimelineEntry> budgetLine(LedgerKey ledger, Cutoff cutoff, Predicate<PostingLine> line, String name) {
        return timeline(postings.of(ledger, cutoff, (String) null).stream().filter(line).toList(), ledger, cutoff,
                name);
    }

    /**
     * `history line` with an economic code: the budget lines spending of that code draws on, as the ledger's budget
     * check decides (FiscalYearLedger / BudgetBook.drawFor). Under each line without economic code that {@code line}
     * selects (fund, function, kind, project): where the budget has a line of the code itself, that line; where it
     * has none but has the line without economic code, that general line — its 年初预算 and adjustments, and the
     * spending of every economic code without a line of its own, since all of it draws on the one 全年预算; where the
     * budget has neither, the code's spending alone (no 全年预算). {@code shown} says which it is for each.
     *
     * @param line     the other filters (fund, function prefix, kind, project); the economic code is not among them
     * @param economic the economic code asked for; null for a timeline of everything {@code line} selects
     */
    public LineHistory budgetLine(LedgerKey ledger, Cutoff cutoff, Predicate<PostingLine> line,
                                  fiscalledger.ledger.api.EconomicCode economic, String name) {
        List<PostingLine> candidates = postings.of(ledger, cutoff, (String) null).stream().filter(line).toList();
        if (economic == null) {
            return new LineHistory(timeline(candidates, ledger, cutoff, name), List.of());
        }
        String code = economic.value();
        // per line without economic code: the economic codes the budget sets ("" for the line without one) and
        // what was spent under it on the code asked for
        Map<String, java.util.Set<String>> budgeted = new TreeMap<>();
        Map<String, long[]> spentOnCode = new TreeMap<>();
        Map<String, String> described = new TreeMap<>();
        for (PostingLine p : candidates) {
            String general = general(p);
            described.putIfAbsent(general, describe(p));
            if (p.movement().isBudget()) {
                budgeted.computeIfAbsent(general, k -> new java.util.TreeSet<>()).add(economic(p));
            } else if (p.movement() == Movement.EXPENDITURE && code.equals(economic(p))) {
                long[] acc = spentOnCode.computeIfAbsent(general, k -> new long[1]);
                acc[0] = Math.addExact(acc[0], p.amount().value());
            }
        }
        Predicate<PostingLine> drawn = p -> {
            String general = general(p);
            java.util.Set<String> codes = budgeted.getOrDefault(general, java.util.Set.of());
            if (codes.contains(code)) {
                return code.equals(economic(p));
            }
            if (codes.contains("") && spentOnCode.containsKey(general)) {
                return p.movement().isBudget() ? p.economic() == null
                        : p.movement() == Movement.EXPENDITURE && !codes.contains(economic(p));
            }
            return p.movement() == Movement.EXPENDITURE && code.equals(economic(p));
        };
        List<PostingLine> shownPostings = candidates.stream().filter(drawn).toList();
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, String> key : described.entrySet()) {
            String general = key.getKey();
            String lineName = key.getValue();
            java.util.Set<String> codes = budgeted.getOrDefault(general, java.util.Set.of());
            if (codes.contains(code)) {
                shown.add(lineName + "/" + code + ": the budget line of " + code + " itself");
            } else if (spentOnCode.containsKey(general) && codes.contains("")) {
                long all = shownPostings.stream().filter(p -> general.equals(general(p))
                        && p.movement() == Movement.EXPENDITURE).mapToLong(p -> p.amount().value()).sum();
                shown.add(code + " has no budget line of its own under " + lineName + ": its spending draws on the line "
                        + lineName + " (no economic code), as the ledger's budget check does; shown is that line, with"
                        + " the spending of every economic code without a line of its own (执行数 "
                        + EventSummaries.yuan(Fen.of(all)) + ", of which " + code + " "
                        + EventSummaries.yuan(Fen.of(spentOnCode.get(general)[0])) + ")");
            } else if (spentOnCode.containsKey(general)) {
                shown.add(lineName + "/" + code + ": no budget line, with or without economic code: its spending alone,"
                        + " without a 全年预算");
            }
        }
        return new LineHistory(timeline(shownPostings, ledger, cutoff, name), shown);
    }

    /** The posting's budget line without economic code, as a key (fund, function, kind, project). */
    private static String general(PostingLine p) {
        return (p.fund() == null ? "" : p.fund().name()) + "\u001f" + (p.function() == null ? "" : p.function().value())
                + "\u001f" + (p.kind() == null ? "" : p.kind().name()) + "\u001f" + (p.project() == null ? "" : p.project());
    }

    /** 一般公共预算财政拨款/2010301/基本支出-公用经费[/项目], as the ledger's warnings name a line. */
    private static String describe(PostingLine p) {
        return (p.fund() == null ? "" : p.fund().label()) + "/" + (p.function() == null ? "" : p.function().value())
                + "/" + (p.kind() == null ? "" : p.kind().label())
                + (p.project() == null || p.project().isEmpty() ? "" : "/" + p.project());
    }

    private static String economic(PostingLine p) {
        return p.economic() == null ? "" : p.economic().value();
    }

    private List<TimelineEntry> timeline(List<PostingLine> all, LedgerKey ledger, Cutoff cutoff, String name) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no budget or spending for " + name + " in " + ledger
                    + (cutoff.isNone() ? "" : " " + cutoff.describe()));
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        long budget = 0;
        for (PostingLine p : all) {
            if (!p.movement().isBudget()) {
                continue;
            }
            budget = Math.addExact(budget, p.amount().value());
            String what = p.movement() == Movement.BUDGET_INITIAL ? "年初预算"
                    : adjustment(p) + (p.document() == null ? "" : " 文号 " + p.document());
            if (p.isReversal()) {
                what = "冲销 " + p.reversedVoucher() + " (" + what + ")";
            }
            timeline.add(new TimelineEntry(p.businessDate(), p.sequence(), p.voucher(), what, p.recordedBy(),
                    p.amount(), Fen.of(budget), "全年预算 " + EventSummaries.yuan(Fen.of(budget))));
        }
        Map<YearMonth, long[]> spending = new TreeMap<>();
        for (PostingLine p : all) {
            if (p.movement() == Movement.EXPENDITURE) {
                long[] acc = spending.computeIfAbsent(YearMonth.from(p.businessDate()), m -> new long[3]);
                acc[0] = Math.addExact(acc[0], p.amount().value());
                acc[1]++;
                acc[2] = Math.max(acc[2], p.sequence());
            }
        }
        long executed = 0;
        for (Map.Entry<YearMonth, long[]> m : spending.entrySet()) {
            executed = Math.addExact(executed, m.getValue()[0]);
            timeline.add(new TimelineEntry(m.getKey().atEndOfMonth(), m.getValue()[2], "", "spending " + m.getKey(), "",
                    Fen.of(m.getValue()[0]), Fen.of(executed), m.getValue()[1]
                    + (m.getValue()[1] == 1 ? " posting" : " postings") + ", 执行数 "
                    + EventSummaries.yuan(Fen.of(executed))));
        }
        // the 结余 closes the timeline: dated at its latest entry (a month's spending is dated at the month's end)
        LocalDate last = timeline.stream().map(TimelineEntry::date).max(LocalDate::compareTo)
                .orElse(all.get(all.size() - 1).businessDate());
        timeline.add(new TimelineEntry(last, all.stream().mapToLong(PostingLine::sequence).max().orElse(0), "", "结余",
                "", Fen.of(budget - executed), null, "全年预算 " + EventSummaries.yuan(Fen.of(budget)) + " − 执行数 "
                + EventSummaries.yuan(Fen.of(executed))
                + (budget == 0 ? "" : ", 执行率 " + fiscalledger.projections.table.PerformanceSelfEvaluation
                .rate(Fen.of(executed), Fen.of(budget)) + "%")));
        return timeline;
    }

    /** One cell month by month: the change in each month and the cell's value at the month's end. */
    public List<TimelineEntry> cell(String tableId, LedgerKey ledger, Cutoff cutoff, String row, String column) {
        // the database's monthly sums of the cell's postings: no posting needs to be read
        CellTrace trace = tracer.trace(tableId, ledger, cutoff, row, column, false, 0);
        List<TimelineEntry> timeline = new ArrayList<>();
        long value = 0;
        for (CellPart m : trace.byMonth()) {
            value = Math.addExact(value, m.amount().value());
            YearMonth month = YearMonth.parse(m.key());
            timeline.add(new TimelineEntry(month.atEndOfMonth(), m.lastSequence(), "", m.key(), "",
                    m.amount(), Fen.of(value), m.postings() + (m.postings() == 1 ? " posting" : " postings")));
        }
        return timeline;
    }

    private static String adjustment(PostingLine p) {
        String type = p.adjustmentType() == null ? "调整"
                : fiscalledger.ledger.api.AdjustmentType.valueOf(p.adjustmentType()).label();
        return type + (p.amount().isNegative() ? " 调出" : " 调入");
    }

    private static String by(EventRecord e) {
        return (e.user() == null ? "?" : e.user()) + (e.reason() == null ? "" : " (" + e.reason() + ")");
    }
}
