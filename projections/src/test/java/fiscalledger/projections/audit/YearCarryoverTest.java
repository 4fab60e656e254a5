package fiscalledger.projections.audit;

import fiscalledger.ledger.api.ClosingBalance;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.event.YearClosedEvent;
import fiscalledger.ledger.api.event.YearOpenedEvent;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.table.BalancesTable;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two years of one unit: the sample 2024 is closed with its 年末结转和结余; 2025 opens with --carry-forward and
 * shows them as 年初结转和结余 in tables 01 and 04 and in the balances, fiscal and non-fiscal alike; 2025 then earns,
 * spends and closes in turn.
 */
class YearCarryoverTest {

    static final String HEADER = "type,unit,year,voucher,date,memo,fund,function,economic,kind,project,amount,"
            + "unit_name,department_code,department_name,unit_type,carry_forward";
    static final LedgerKey Y2024 = LedgerKey.parse("229001/2024");
    static final LedgerKey Y2025 = LedgerKey.parse("229001/2025");

    @TempDir
    static Path dataDir;

    static LiveLedger live;

    @BeforeAll
    static void twoYears() {
        live = new LiveLedger(dataDir);
        live.importFile(LiveLedger.sample());
        live.importText(dataDir, "229001-2025.csv", String.join("\n", HEADER,
                "open-year,229001,2025,开账-2025,2025-01-02,开设2025年度账簿,,,,,,,山西省行政审批服务管理局,229,山西省行政审批服务管理局,行政单位,yes",
                "appropriation,229001,2025,记-2025-0001,2025-01-15,1月拨款,一般公共预算,2010301,,,,500000.00,,,,,",
                "expense,229001,2025,记-2025-0002,2025-02-10,办公费,一般公共预算,2010301,30201,基本支出-公用经费,,120000.00,,,,,",
                "income,229001,2025,记-2025-0003,2025-03-21,1季度利息,其他收入,2010301,,,,2100.00,,,,,",
                "expense,229001,2025,记-2025-0004,2025-04-02,非财政资金支付劳务费,其他收入,2010301,30226,基本支出-公用经费,,30000.00,,,,,",
                "close-year,229001,2025,结账-2025,2025-12-31,2025年度结账,,,,,,,,,,,") + "\n");
    }

    @AfterAll
    static void stop() {
        live.close();
    }

    private static Fen money(TableView view, String row, String column) {
        Cell c = view.row(row).cell(column);
        return c instanceof Cell.Money m ? m.amount() : Fen.ZERO;
    }

    private static <T> T only(LedgerKey ledger, Class<T> type) {
        return live.audit.events().events(new EventFilter(ledger, type.getSimpleName(), null, null, null, null, 10))
                .stream().map(e -> type.cast(e.payload())).findFirst().orElseThrow();
    }

    private static Map<String, Fen> closingColumn(LedgerKey ledger, String column) {
        Map<String, Fen> byLine = new LinkedHashMap<>();
        for (TableRow r : live.audit.table("balances", ledger, Cutoff.NONE).rows()) {
            if (r.key().contains("/") && r.cell(column) instanceof Cell.Money m && !m.amount().isZero()) {
                byLine.put(r.key(), m.amount());
            }
        }
        return byLine;
    }

    @Test
    void closing2024WritesItsClosingBalancesAsTheTablesComputeThem() {
        YearClosedEvent closed = only(Y2024, YearClosedEvent.class);
        Map<String, Fen> fromEvent = new LinkedHashMap<>();
        for (ClosingBalance b : closed.closingBalances()) {
            if (!b.closing().isZero()) {
                fromEvent.put(BalancesTable.key(b.fund(), b.function()), b.closing());
            }
        }
        assertThat(fromEvent).isEqualTo(closingColumn(Y2024, BalancesTable.CLOSING));
        assertThat(money(live.audit.table("01", Y2024, Cutoff.NONE), "60", "金额").toWan(2)).hasToString("733.48");
    }

    @Test
    void the2025OpeningBalancesAreThe2024ClosingBalancesFiscalAndNonFiscal() {
        YearOpenedEvent opened = only(Y2025, YearOpenedEvent.class);
        Map<String, Fen> opening = new LinkedHashMap<>();
        for (OpeningBalance b : opened.openingBalances()) {
            opening.put(BalancesTable.key(b.fund(), b.function()), b.amount());
        }
        assertThat(opening).isEqualTo(closingColumn(Y2024, BalancesTable.CLOSING));
        assertThat(closingColumn(Y2025, BalancesTable.OPENING)).isEqualTo(opening);
        assertThat(opening.keySet()).anyMatch(k -> k.startsWith(Fund.OTHER.label() + "/"))
                .anyMatch(k -> k.startsWith(Fund.GENERAL_BUDGET.label() + "/"));
    }

    @Test
    void tables01And04Of2025ShowThe2024ClosingAsOpening() {
        TableView t01of2024 = live.audit.table("01", Y2024, Cutoff.NONE);
        TableView t04of2024 = live.audit.table("04", Y2024, Cutoff.NONE);
        TableView t01 = live.audit.table("01", Y2025, Cutoff.NONE);
        TableView t04 = live.audit.table("04", Y2025, Cutoff.NONE);
        assertThat(money(t01, "29", "金额")).isEqualTo(money(t01of2024, "60", "金额"));
        assertThat(money(t01, "29", "金额").toWan(2)).hasToString("733.48");
        assertThat(money(t04, "28", "收入金额")).isEqualTo(money(t04of2024, "60", "合计"));
        assertThat(money(t04, "29", "收入金额").toWan(2)).hasToString("728.32");
        // the non-fiscal part: 01's opening less 04's = the non-fiscal balance carried over (5.16 万元)
        assertThat(money(t01, "29", "金额").minus(money(t04, "28", "收入金额")).toWan(2)).hasToString("5.16");
    }

    @Test
    void the2025YearClosesOnItsOwnOpeningIncomeAndSpending() {
        TableView t01 = live.audit.table("01", Y2025, Cutoff.NONE);
        Fen expected = money(t01, "29", "金额").plus(Fen.parseYuan("502100.00")).minus(Fen.parseYuan("150000.00"));
        assertThat(money(t01, "60", "金额")).isEqualTo(expected);
        TableView t04 = live.audit.table("04", Y2025, Cutoff.NONE);
        assertThat(money(t04, "60", "合计")).isEqualTo(money(t04, "28", "收入金额")
                .plus(Fen.parseYuan("500000.00")).minus(Fen.parseYuan("120000.00")));
        Map<String, Fen> other = new LinkedHashMap<>(closingColumn(Y2025, BalancesTable.CLOSING));
        other.keySet().removeIf(k -> !k.startsWith(Fund.OTHER.label() + "/"));
        long otherClosing = other.values().stream().mapToLong(Fen::value).sum();
        assertThat(Fen.of(otherClosing).toWan(2)).hasToString(Fen.parseYuan("51600.00").plus(Fen.parseYuan("2100.00"))
                .minus(Fen.parseYuan("30000.00")).toWan(2).toString());
        assertThat(live.audit.check(Y2025, Cutoff.NONE)).allMatch(fiscalledger.projections.check.CheckResult::passed);
        YearClosedEvent closed = only(Y2025, YearClosedEvent.class);
        assertThat(closed.closingBalances().stream().mapToLong(b -> b.closing().value()).sum())
                .isEqualTo(money(t01, "60", "金额").value());
    }

    @Test
    void theOpeningOf2025TracesToTheOpeningPostingsOfItsCarryForward() {
        CellTrace trace = live.audit.tracer().trace("01", Y2025, Cutoff.NONE, "29", null, false);
        assertThat(trace.addsUp()).isTrue();
        assertThat(trace.postings()).allSatisfy(t -> assertThat(t.posting().voucher()).isEqualTo("开账-2025"));
        List<TimelineEntry> opening = live.audit.history().voucher(Y2025, "开账-2025");
        assertThat(opening).hasSize(1);
        assertThat(opening.get(0).amount()).isEqualTo(trace.cell());
    }
}
