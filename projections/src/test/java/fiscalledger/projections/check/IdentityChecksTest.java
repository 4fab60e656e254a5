package fiscalledger.projections.check;

import fiscalledger.ledger.api.*;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.ReadModelFixture;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fiscalledger.projections.HandMadeYear.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityChecksTest {
    private ReadModelFixture fixture;

    @BeforeEach
    void recordTheYear() {
        fixture = new ReadModelFixture();
        fixture.recordAll(HandMadeYear.events());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyIdentityHoldsOnAConsistentYear() {
        List<CheckResult> results = fixture.checks.run(LEDGER, Cutoff.NONE);
        assertThat(results).allMatch(r -> r.status() == CheckStatus.PASS, "all pass");
        assertThat(results).extracting(CheckResult::name).contains("读模型完整", "01 收入方", "01 支出方", "01 收支总计平衡",
                "04 一般公共预算财政拨款结转", "04 政府性基金预算财政拨款结转", "04 国有资本经营预算财政拨款结转", "04 财政拨款结转合计",
                "02 类=Σ款=Σ项", "03 类=Σ款=Σ项", "05 类=Σ款=Σ项", "07 类=Σ款=Σ项", "08 类=Σ款=Σ项",
                "02 行合计=Σ各栏", "03 行合计=Σ各栏", "05 行合计=Σ各栏", "07 行合计=Σ各栏", "08 行合计=Σ各栏",
                "01↔03 各类支出", "04↔05 一般公共预算财政拨款支出", "05↔06 基本支出", "06 经济分类合计", "09 三公经费",
                "10 相关信息", "非财政拨款结转和结余", "balances 视图 = 结转和结余");
    }

    @Test
    void identitiesAlsoHoldAsOfADate() {
        assertThat(fixture.checks.run(LEDGER, Cutoff.asOf(LocalDate.of(2024, 6, 30)))).allMatch(CheckResult::passed);
    }

    @ParameterizedTest(name = "{0}: tampering with table {1} row {2} [{3}] is a break")
    @CsvSource({
            "01 收入方, 01, 27, 金额",
            "01 支出方, 01, 62, 金额",
            "01 收支总计平衡, 01, 62, 金额",
            "04 一般公共预算财政拨款结转, 04, 60, 一般公共预算财政拨款",
            "04 政府性基金预算财政拨款结转, 04, 59, 政府性基金预算财政拨款",
            "04 财政拨款结转合计, 04, 32, 收入金额",
            "02 类=Σ款=Σ项, 02, 20103, 财政拨款收入",
            "05 类=Σ款=Σ项, 05, 合计, 项目支出",
            "07 类=Σ款=Σ项, 07, 20508, 本年收入",
            "02 行合计=Σ各栏, 02, 2010302, 本年收入合计",
            "03 行合计=Σ各栏, 03, 2050803, 项目支出",
            "07 行合计=Σ各栏, 07, 2050803, 年末结转和结余",
            "01↔03 各类支出, 01, 36, 金额",
            "04↔05 一般公共预算财政拨款支出, 05, 201, 小计",
            "05↔06 基本支出, 06, 人员经费合计, 决算数",
            "06 经济分类合计, 06, 302, 决算数",
            "09 三公经费, 09, 公务接待费, 决算数",
            "10 相关信息, 10, 5, 统计数",
            "非财政拨款结转和结余, 01, 60, 金额"})
    void aTamperedFigureBreaksItsIdentity(String check, String table, String row, String column) {
        LedgerFacts facts = fixture.facts.load(LEDGER, Cutoff.NONE);
        Map<String, TableView> views = fixture.tables.renderAll(facts);
        Map<String, TableView> tampered = withCell(views, table, row, column, Cell.money(Fen.of(123_456_789)));

        List<CheckResult> results = IdentityChecks.check(tampered, facts);

        assertThat(results).filteredOn(r -> r.name().equals(check))
                .anySatisfy(r -> {
                    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(r.amountUnit()).isEqualTo("元");
                    assertThat(r.difference()).isEqualByComparingTo(r.left().subtract(r.right()));
                    assertThat(r.difference().signum()).isNotZero();
                    assertThat(r.where()).contains("表");
                });
        assertThat(IdentityChecks.check(views, facts)).filteredOn(r -> r.name().equals(check))
                .allMatch(r -> r.status() == CheckStatus.PASS);
    }

    @Test
    void vehicleCountsThatDoNotAddUpAreABreakInVehicles() {
        LedgerFacts facts = fixture.facts.load(LEDGER, Cutoff.NONE);
        Map<String, TableView> tampered = withCell(fixture.tables.renderAll(facts), "10", "7", "统计数", Cell.count(4));
        assertThat(IdentityChecks.check(tampered, facts)).filteredOn(r -> r.where().contains("车辆数合计"))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
                    assertThat(r.amountUnit()).isEqualTo("个");
                    assertThat(r.difference()).isEqualByComparingTo("1");
                });
    }

    @Test
    void roundingOfPrintedChildrenIsATailDifferenceNotABreak() {
        ReadModelFixture small = new ReadModelFixture();
        UnitCode unit = new UnitCode("100002");
        FiscalYear year = new FiscalYear(2024);
        LocalDate day = LocalDate.of(2024, 3, 1);
        small.record(new fiscalledger.ledger.api.event.YearOpenedEvent(unit, year, "OPEN", day, "", "尾数单位", "100", "部门",
                UnitType.ADMINISTRATIVE, List.of()));
        // 50 yuan = 0.005 万元 prints 0.01 on each 项, while their 款 (100 yuan) also prints 0.01
        small.record(HandMadeYear.expense(unit, year, "X1", day, Fund.GENERAL_BUDGET, HandMadeYear.OPERATION, "30201",
                SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "50"));
        small.record(HandMadeYear.expense(unit, year, "X2", day, Fund.GENERAL_BUDGET, HandMadeYear.GENERAL_ADMIN, "30201",
                SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "50"));

        List<CheckResult> results = small.checks.run(LedgerKey.of(unit, year), Cutoff.NONE);

        assertThat(results).allMatch(CheckResult::passed);
        assertThat(results).filteredOn(r -> r.name().equals("03 类=Σ款=Σ项") && r.where().contains("20103"))
                .first().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(CheckStatus.TAIL_DIFFERENCE);
                    assertThat(r.amountUnit()).isEqualTo("万元");
                    assertThat(r.left()).isEqualByComparingTo("0.01");
                    assertThat(r.right()).isEqualByComparingTo("0.02");
                    assertThat(r.difference()).isEqualByComparingTo(new BigDecimal("-0.01"));
                });
        small.close();
    }

    @Test
    void aDroppedReadModelTableIsReportedAndNothingElseIsChecked() {
        fixture.jdbc.execute("DROP TABLE asset_facts");
        List<CheckResult> results = fixture.checks.run(LEDGER, Cutoff.NONE);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("读模型完整");
            assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(r.where()).contains("asset_facts").contains("rebuild");
        });
    }

    @Test
    void aBalancesViewThatDisagreesWithThePostingsIsABreak() {
        fixture.jdbc.execute("CREATE OR REPLACE VIEW balances AS SELECT unit, fiscal_year, fund, function_code, "
                + "SUM(amount_fen) + 1 AS closing_fen FROM postings WHERE movement = 'income' "
                + "GROUP BY unit, fiscal_year, fund, function_code");
        assertThat(fixture.checks.run(LEDGER, Cutoff.NONE))
                .filteredOn(r -> r.name().equals("balances 视图 = 结转和结余"))
                .isNotEmpty().allMatch(r -> r.status() == CheckStatus.FAIL);
    }

    private static Map<String, TableView> withCell(Map<String, TableView> views, String table, String rowKey,
                                                   String column, Cell cell) {
        TableView v = views.get(table);
        List<TableRow> rows = v.rows().stream().map(r -> {
            if (!r.key().equals(rowKey)) {
                return r;
            }
            Map<String, Cell> cells = new LinkedHashMap<>(r.cells());
            cells.put(column, cell);
            return new TableRow(r.key(), r.code(), r.name(), cells);
        }).toList();
        assertThat(rows).anyMatch(r -> r.key().equals(rowKey));
        Map<String, TableView> copy = new LinkedHashMap<>(views);
        copy.put(table, new TableView(v.id(), v.title(), v.unitName(), v.ledger(), v.amountUnit(), v.moneyDecimals(),
                v.columns(), rows, v.notes(), v.layout()));
        return copy;
    }
}
