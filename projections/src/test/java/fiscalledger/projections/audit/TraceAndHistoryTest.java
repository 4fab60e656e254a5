package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.event.EntryReversedEvent;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.table.BalancesTable;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.PerformanceSelfEvaluation;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Traces, timelines and the event log on the sample year (229001, 2024) as imported into a running ledger. */
class TraceAndHistoryTest {

    @TempDir
    static Path dataDir;

    static LiveLedger live;
    static final LedgerKey LEDGER = LedgerKey.parse("229001/2024");

    @BeforeAll
    static void importTheSampleYear() {
        live = new LiveLedger(dataDir);
        live.importFile(LiveLedger.sample());
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    /**
     * Traces every non-empty money cell of the table within the cut-off and checks it against the cell as the table
     * prints it: the database's Σ of the cell's postings, the cell the trace reports and the listed postings all equal
     * it, in fen and in 万元. The table is rendered on its own (as {@code show} does), so a trace whose postings or
     * cell drifted from the table's own figure fails here. Returns how many cells were traced.
     */
    private static int everyMoneyCellAddsUp(String tableId, Cutoff cutoff, Set<String> columns) {
        TableView view = live.audit.table(tableId, LEDGER, cutoff);
        int traced = 0;
        for (TableRow row : view.rows()) {
            for (String column : view.columns()) {
                if (!columns.isEmpty() && !columns.contains(column) || !(row.cell(column) instanceof Cell.Money m)
                        || m.amount().isZero()) {
                    continue;
                }
                String cell = tableId + " " + row.key() + " " + column + " " + cutoff;
                CellTrace trace = live.audit.tracer().trace(tableId, LEDGER, cutoff, row.key(), column, false);
                assertThat(trace.sum()).as(cell).isEqualTo(m.amount());
                assertThat(trace.cell()).as(cell).isEqualTo(m.amount());
                assertThat(trace.sum().toWan(view.moneyDecimals())).as(cell)
                        .isEqualTo(m.amount().toWan(view.moneyDecimals()));
                assertThat(trace.postings()).as(cell).isNotEmpty().hasSize((int) trace.count());
                assertThat(trace.addsUp()).as(cell).isTrue();
                CellTrace page = live.audit.tracer().trace(tableId, LEDGER, cutoff, row.key(), column, false, 3);
                assertThat(page.sum()).as(cell).isEqualTo(m.amount());
                assertThat(page.postings()).as(cell).isEqualTo(trace.postings().subList(0,
                        Math.min(3, trace.postings().size())));
                traced++;
            }
        }
        return traced;
    }

    /** No cut-off; a business date mid-year; an event sequence two thirds into the store. */
    private static List<Cutoff> cutoffs() {
        return List.of(Cutoff.NONE, Cutoff.asOf(LocalDate.of(2024, 6, 30)),
                Cutoff.throughSequence(live.audit.events().head() * 2 / 3));
    }

    @Test
    void everyNonEmptyMoneyCellOfTables01To10TracesToPostingsThatAddUpToThePrintedCellLiveAndAsOfADateAndASequence() {
        for (Cutoff cutoff : cutoffs()) {
            for (String id : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10")) {
                int traced = everyMoneyCellAddsUp(id, cutoff, Set.of());
                // 07 and 08 print 本表无数据 for the sample year: nothing to trace
                if (id.equals("07") || id.equals("08")) {
                    assertThat(traced).as("non-empty money cells of " + id + " " + cutoff).isZero();
                } else {
                    assertThat(traced).as("non-empty money cells of " + id + " " + cutoff).isPositive();
                }
            }
        }
    }

    @Test
    void everyNonEmptyCellOfBalancesAndTheMoneyColumnsOfPerformanceIsTheSumOfItsPostingsLiveAndAsOfACutOff() {
        for (Cutoff cutoff : cutoffs()) {
            assertThat(everyMoneyCellAddsUp("balances", cutoff, Set.of())).isPositive();
            int perf = everyMoneyCellAddsUp("perf", cutoff, Set.of(PerformanceSelfEvaluation.INITIAL,
                    PerformanceSelfEvaluation.FULL_YEAR, PerformanceSelfEvaluation.EXECUTED,
                    PerformanceSelfEvaluation.REMAINING));
            if (cutoff.isNone()) {
                assertThat(perf).isPositive(); // the self-evaluations are dated at the year's end
            }
        }
    }

    @Test
    void aBalancesRowTracesByItsPrintedKeyAndByTheFundConstantKeysScriptsUsedBefore() {
        TableView balances = live.audit.table("balances", LEDGER, Cutoff.NONE);
        TableRow detail = balances.rows().stream().filter(r -> r.key().contains("/")).findFirst().orElseThrow();
        Fund fund = Fund.parse(detail.key().split("/")[0]);
        String column = BalancesTable.CLOSING;
        CellTrace printed = live.audit.tracer().trace("balances", LEDGER, Cutoff.NONE, detail.key(), column, false, 5);
        assertThat(printed.row()).isEqualTo(detail);
        for (String old : List.of(fund.name() + "/" + detail.code(), fund.aliases().get(0) + "/" + detail.code())) {
            CellTrace trace = live.audit.tracer().trace("balances", LEDGER, Cutoff.NONE, old, column, false, 5);
            assertThat(trace.row()).as(old).isEqualTo(detail);
            assertThat(trace.sum()).as(old).isEqualTo(printed.sum());
        }
        CellTrace subtotal = live.audit.tracer().trace("balances", LEDGER, Cutoff.NONE, fund.name(), column, false, 5);
        assertThat(subtotal.row().key()).isEqualTo(fund.label());
        assertThat(subtotal.row().name()).isEqualTo("小计");
    }

    @Test
    void table06And09And10CellsListOnlyThePostingsTheirRuleCounts() {
        CellTrace publicUse = live.audit.tracer().trace("06", LEDGER, Cutoff.NONE, "公用经费合计", null, false);
        assertThat(publicUse.postings()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.posting().movement().code()).isEqualTo("expenditure");
            assertThat(t.posting().fund().name()).isEqualTo("GENERAL_BUDGET");
            assertThat(t.posting().economic().category().value()).isNotIn("301", "303");
        });
        CellTrace reception = live.audit.tracer().trace("09", LEDGER, Cutoff.NONE, "合计", "决算数", false);
        assertThat(reception.postings()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.posting().fund().isFiscal()).isTrue();
            assertThat(t.posting().economic().value()).isIn("30212", "31013", "30913", "30231", "30217");
        });
        CellTrace budget = live.audit.tracer().trace("09", LEDGER, Cutoff.NONE, "合计", "预算数", false);
        assertThat(budget.postings()).isNotEmpty().allSatisfy(t -> assertThat(t.posting().movement().isBudget()).isTrue());
        CellTrace running = live.audit.tracer().trace("10", LEDGER, Cutoff.NONE, "5", null, false);
        assertThat(running.postings()).isNotEmpty().allSatisfy(t ->
                assertThat(t.posting().kind().name()).isEqualTo("BASIC_PUBLIC"));
        // 机关运行经费 prints on the row of the unit's type only: the other row traces to nothing and is empty
        CellTrace other = live.audit.tracer().trace("10", LEDGER, Cutoff.NONE, "6", null, false);
        assertThat(other.postings()).isEmpty();
        assertThat(other.sum()).isEqualTo(Fen.ZERO);
        assertThatThrownBy(() -> live.audit.tracer().trace("06", LEDGER, Cutoff.NONE, "309", null, false))
                .hasMessageContaining("not an amount of money");
    }

    @Test
    void everyNonEmptyCountOfTable10TracesToTheAssetFactsInForce() {
        TableView ten = live.audit.table("10", LEDGER, Cutoff.NONE);
        int traced = 0;
        for (TableRow row : ten.rows()) {
            if (row.cell("统计数") instanceof Cell.Count c && c.value() != 0) {
                AssetTrace trace = (AssetTrace) live.audit.tracer().traceCell("10", LEDGER, Cutoff.NONE, row.key(),
                        null, false, 50);
                assertThat(trace.addsUp()).as("10 row " + row.key()).isTrue();
                assertThat(trace.sum()).isEqualTo(c.value());
                assertThat(trace.lines()).filteredOn(AssetLine::inForce).isNotEmpty()
                        .extracting(AssetLine::sequence).containsOnly(trace.lines().stream()
                                .filter(AssetLine::inForce).findFirst().orElseThrow().sequence());
                traced++;
            }
        }
        assertThat(traced).as("non-empty counts of table 10").isPositive();
        // before the year-end asset facts were recorded, the counts are empty and trace to nothing in force
        AssetTrace before = (AssetTrace) live.audit.tracer().traceCell("10", LEDGER,
                Cutoff.asOf(LocalDate.of(2024, 6, 30)), "7", null, false, 50);
        assertThat(before.cell()).isEqualTo(((Cell.Count) live.audit.table("10", LEDGER,
                Cutoff.asOf(LocalDate.of(2024, 6, 30))).row("7").cell("统计数")).value());
        assertThat(before.addsUp()).isTrue();
        assertThatThrownBy(() -> live.audit.tracer().trace("10", LEDGER, Cutoff.NONE, "7", null, false))
                .hasMessageContaining("is a count from the asset facts");
    }

    @Test
    void aPagedTraceListsTheFirstPostingsAndTheDatabaseCountAndSumOfAll() {
        CellTrace all = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "58", null, false);
        CellTrace page = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "58", null, false, 5);
        assertThat(all.complete()).isTrue();
        assertThat(all.count()).isEqualTo(all.postings().size()).isGreaterThan(5);
        assertThat(page.postings()).hasSize(5).isEqualTo(all.postings().subList(0, 5));
        assertThat(page.complete()).isFalse();
        assertThat(page.addsUp()).isTrue();
        assertThat(page.count()).isEqualTo(all.count());
        assertThat(page.sum()).isEqualTo(all.sum()).isEqualTo(page.cell());
        for (List<CellPart> parts : List.of(page.byFund(), page.byMonth())) {
            assertThat(Fen.of(parts.stream().mapToLong(p -> p.amount().value()).sum())).isEqualTo(page.cell());
            assertThat(parts.stream().mapToLong(CellPart::postings).sum()).isEqualTo(page.count());
        }
        List<TracedPosting> streamed = new java.util.ArrayList<>();
        CellTrace summary = live.audit.tracer().stream("01", LEDGER, Cutoff.NONE, "58", null, streamed::add);
        assertThat(streamed).isEqualTo(all.postings());
        assertThat(summary.postings()).isEmpty();
        assertThat(summary.count()).isEqualTo(streamed.size());
        // a sparse cell (a few postings of one fund among all income) pages the same way
        CellTrace sparse = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "8", null, false);
        CellTrace sparsePage = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "8", null, false, 2);
        assertThat(sparsePage.postings()).isEqualTo(sparse.postings().subList(0, 2));
        CellTrace none = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "8", null, false, 0);
        assertThat(none.postings()).isEmpty();
        assertThat(none.count()).isEqualTo(sparse.count());
    }

    @Test
    void aTraceAfterANewEntrySeesItThoughTheTraceBeforeWasKept() {
        String header = "type,unit,year,voucher,date,memo,fund,function,economic,kind,project,amount,"
                + "unit_name,department_code,department_name,unit_type";
        LedgerKey other = LedgerKey.parse("229901/2024");
        live.importText(dataDir, "229901-2024-a.csv", String.join("\n", header,
                "open-year,229901,2024,开账-2024,2024-01-02,开账,,,,,,,测试单位,229,山西省行政审批服务管理局,行政单位",
                "appropriation,229901,2024,记-0001,2024-01-15,拨款,一般公共预算,2010301,,,,500000.00,,,,",
                "expense,229901,2024,记-0002,2024-02-10,办公费,一般公共预算,2010301,30201,基本支出-公用经费,,1200.00,,,,")
                + "\n");
        CellTrace before = live.audit.tracer().trace("01", other, Cutoff.NONE, "58", null, false, 1);
        assertThat(live.audit.tracer().trace("01", other, Cutoff.NONE, "58", null, false, 1)).isEqualTo(before);
        assertThat(before.sum()).isEqualTo(Fen.parseYuan("1200.00"));
        live.importText(dataDir, "229901-2024-b.csv", String.join("\n", header,
                "expense,229901,2024,记-0003,2024-03-10,印刷费,一般公共预算,2010301,30202,基本支出-公用经费,,300.00,,,,")
                + "\n");
        CellTrace after = live.audit.tracer().trace("01", other, Cutoff.NONE, "58", null, false, 1);
        assertThat(after.sum()).isEqualTo(after.cell()).isEqualTo(Fen.parseYuan("1500.00"));
        assertThat(after.count()).isEqualTo(2);
        assertThat(after.byMonth()).extracting(CellPart::key).containsExactly("2024-02", "2024-03");
        assertThat(live.audit.tracer().trace("06", other, Cutoff.NONE, "30202", null, false).sum())
                .isEqualTo(Fen.parseYuan("300.00"));
    }

    @Test
    void table10ProcurementAndTheNotesSmeAmountsTraceToTheContractVouchers() {
        for (Cutoff cutoff : List.of(Cutoff.NONE, Cutoff.asOf(LocalDate.of(2024, 10, 15)))) {
            TableView ten = live.audit.table("10", LEDGER, cutoff);
            for (String row : List.of("1", "2", "4")) {
                if (!(ten.row(row).cell("统计数") instanceof Cell.Money m)) {
                    continue;
                }
                CellTrace trace = live.audit.tracer().trace("10", LEDGER, cutoff, row, "统计数", false);
                assertThat(trace.addsUp()).as("10 row " + row + " " + cutoff).isTrue();
                assertThat(trace.sum()).isEqualTo(m.amount());
                assertThat(trace.postings()).isNotEmpty().allSatisfy(t -> {
                    assertThat(t.posting().movement().code()).isEqualTo("contract");
                    assertThat(t.posting().voucher()).startsWith("合同-2024-");
                    assertThat(t.posting().businessDate()).isBeforeOrEqualTo(cutoff.throughDate() == null
                            ? LocalDate.of(2024, 12, 31) : cutoff.throughDate());
                });
            }
        }
        CellTrace total = live.audit.tracer().trace("10", LEDGER, Cutoff.NONE, "1", null, false);
        assertThat(total.sum().toWan(2)).isEqualByComparingTo("41643.12");
        // the data-governance contract of 19 December is there with its full contract amount
        assertThat(total.postings()).anySatisfy(t -> {
            assertThat(t.posting().businessDate()).isEqualTo(LocalDate.of(2024, 12, 19));
            assertThat(t.contribution()).isEqualTo(Fen.parseYuan("694500.00"));
        });
        CellTrace sme = live.audit.tracer().trace("notes", LEDGER, Cutoff.NONE, "政府采购/授予中小企业合同金额", "value", false);
        assertThat(sme.addsUp()).isTrue();
        assertThat(sme.sum().toWan(2)).isEqualByComparingTo("755.47");
        CellTrace smallMicro = live.audit.tracer().trace("notes", LEDGER, Cutoff.NONE, "政府采购/授予小微企业合同金额", "value", false);
        assertThat(smallMicro.sum().toWan(2)).isEqualByComparingTo("533.87");
    }

    @Test
    void theTotalOfTable01Row60ListsSpendingAsNegative() {
        CellTrace trace = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "60", null, false);
        assertThat(trace.postings()).anyMatch(t -> t.sign() < 0 && t.posting().movement().code().equals("expenditure"));
        assertThat(trace.postings()).anyMatch(t -> t.sign() > 0 && t.posting().movement().code().equals("opening"));
        assertThat(trace.cell().toWan(2)).hasToString("733.48");
    }

    @Test
    void aCategoryRowBrokenDownByChildrenAddsUpToTheCell() {
        CellTrace trace = live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "32", null, true);
        assertThat(trace.cell().toWan(2)).hasToString("42034.76");
        assertThat(trace.children()).extracting(ChildAmount::code).contains("20103", "20132");
        long sum = trace.children().stream().mapToLong(c -> c.amount().value()).sum();
        assertThat(Fen.of(sum)).isEqualTo(trace.cell());
        CellTrace byItem = live.audit.tracer().trace("03", LEDGER, Cutoff.NONE, "20103", "本年支出合计", true);
        assertThat(byItem.children()).extracting(ChildAmount::code).containsExactly("2010301", "2010302", "2010399");
    }

    @Test
    void aReversedEntryAppearsWithItsReversalInTheTrace() {
        EventRecord reversal = live.audit.events().events(new EventFilter(LEDGER, "EntryReversed", null, null, null,
                null, 1)).get(0);
        String reversed = ((EntryReversedEvent) reversal.payload()).reversedVoucher();
        CellTrace trace = live.audit.tracer().trace("03", LEDGER, Cutoff.NONE, "合计", "本年支出合计", false);
        List<TracedPosting> both = trace.postings().stream().filter(t -> t.posting().voucher().equals(reversed)
                || reversed.equals(t.posting().reversedVoucher())).toList();
        if (!both.isEmpty()) {
            assertThat(both.stream().mapToLong(t -> t.contribution().value()).sum()).isZero();
        }
        assertThat(live.audit.history().voucher(LEDGER, reversed)).extracting(TimelineEntry::what)
                .anySatisfy(w -> assertThat(w).startsWith("recorded"))
                .anySatisfy(w -> assertThat(w).isEqualTo("reversed by voucher " + reversal.ledgerEvent().orElseThrow().voucher()));
    }

    @Test
    void perfFullYearBudgetTracesToTheInitialBudgetAndEachAdjustment() {
        TableView perf = live.audit.table("perf", LEDGER, Cutoff.NONE);
        TableRow row = perf.rows().stream().filter(r -> r.key().equals("省优化营商环境促进市场主体倍增工作专班运行经费"))
                .findFirst().orElseThrow();
        CellTrace trace = live.audit.tracer().trace("perf", LEDGER, Cutoff.NONE, row.key(),
                PerformanceSelfEvaluation.FULL_YEAR, false);
        Set<String> movements = trace.postings().stream().map(t -> t.posting().movement().code()).collect(Collectors.toSet());
        assertThat(movements).containsExactlyInAnyOrder("budget-initial", "budget-adjustment");
        assertThat(trace.cell().toWan(3)).hasToString("110.000");
        List<TimelineEntry> timeline = live.audit.history().budgetLine(LEDGER, Cutoff.NONE,
                p -> p.project().equals(row.key()), row.key());
        assertThat(timeline.get(0).what()).isEqualTo("年初预算");
        assertThat(timeline).anySatisfy(t -> assertThat(t.what()).startsWith("调剂"));
        TimelineEntry last = timeline.get(timeline.size() - 1);
        assertThat(last.what()).isEqualTo("结余");
        // the 结余 is dated at the timeline's end, not before the month-end date of the last month's spending
        assertThat(timeline).allSatisfy(t -> assertThat(t.date()).isBeforeOrEqualTo(last.date()));
        assertThat(last.amount()).isEqualTo(((Cell.Money) row.cell(PerformanceSelfEvaluation.REMAINING)).amount());
    }

    @Test
    void aCellMonthByMonthEndsAtTheCell() {
        List<TimelineEntry> months = live.audit.history().cell("01", LEDGER, Cutoff.NONE, "58", null);
        assertThat(months).hasSizeGreaterThan(3);
        assertThat(months.get(months.size() - 1).running().toWan(2)).hasToString("42240.10");
        TableView asOfJune = live.audit.table("01", LEDGER, Cutoff.asOf(LocalDate.of(2024, 6, 30)));
        TimelineEntry june = months.stream().filter(m -> m.what().equals("2024-06")).findFirst().orElseThrow();
        assertThat(june.running()).isEqualTo(((Cell.Money) asOfJune.row("58").cell("金额")).amount());
    }

    @Test
    void theEventLogFiltersByTypeDateVoucherAndUser() {
        List<EventRecord> all = live.audit.events().events(new EventFilter(LEDGER, null, null, null, null, null, 10_000));
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparingLong(EventRecord::sequence));
        assertThat(all).allMatch(e -> "auditor".equals(e.user()));
        List<EventRecord> june = live.audit.events().events(new EventFilter(LEDGER, "expenditure",
                LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), null, null, 10_000));
        assertThat(june).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("ExpenditureRecordedEvent");
            assertThat(e.ledgerEvent().orElseThrow().date()).hasMonthValue(6);
        });
        assertThat(live.audit.events().events(new EventFilter(LEDGER, null, null, null, null, "nobody", 10))).isEmpty();
        assertThat(live.audit.events().events(new EventFilter(LEDGER, null, null, null, null, null, 3))).hasSize(3);
    }

    @Test
    void aCellThatIsNotAnAmountCannotBeTraced() {
        TableView perf = live.audit.table("perf", LEDGER, Cutoff.NONE);
        String project = perf.rows().get(0).key();
        assertThatThrownBy(() -> live.audit.tracer().trace("perf", LEDGER, Cutoff.NONE, project, "执行率%", false))
                .hasMessageContaining("not an amount of money");
        assertThatThrownBy(() -> live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "99", null, false))
                .hasMessageContaining("has no row '99'");
        assertThatThrownBy(() -> live.audit.tracer().trace("01", LEDGER, Cutoff.NONE, "58", null, true))
                .hasMessageContaining("--by-child works on a 类 or 款 row");
    }
}
