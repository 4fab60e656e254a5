package fiscalledger.projections.table;

import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.ReadModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import static fiscalledger.projections.HandMadeYear.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every table of {@link HandMadeYear}, pinned cell by cell: each test lists every non-empty printed cell, so a
 * figure that appears, disappears or changes fails the test.
 */
class PublicTablesTest {
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

    private TableView render(String id) {
        return fixture.tables.render(id, LEDGER, Cutoff.NONE);
    }

    private static Map<String, String> cells(String... rowColumnValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < rowColumnValue.length; i += 3) {
            m.put(rowColumnValue[i] + "|" + rowColumnValue[i + 1], rowColumnValue[i + 2]);
        }
        return m;
    }

    @Test
    void table01ShowsIncomeBySourceSpendingByCategoryAndBalancedTotals() {
        TableView t = render("01");
        assertThat(Printed.nonEmpty(t)).containsExactlyInAnyOrderEntriesOf(cells(
                "1", "金额", "80.00", "2", "金额", "10.00", "8", "金额", "0.69",
                "27", "金额", "90.69", "28", "金额", "0.10", "29", "金额", "7.00", "31", "金额", "97.79",
                "32", "金额", "62.23", "36", "金额", "6.00",
                "58", "金额", "68.23", "59", "金额", "0.05", "60", "金额", "29.51", "62", "金额", "97.79"));
        assertThat(t.rows()).extracting(TableRow::key).containsSubsequence("1", "8", "27", "28", "29", "31", "32", "57", "58", "59", "60", "62");
        assertThat(IntStream.rangeClosed(32, 57).mapToObj(String::valueOf)).allMatch(k -> t.rows().stream().anyMatch(r -> r.key().equals(k)));
        assertThat(t.row("32").name()).isEqualTo("一、一般公共服务支出");
        assertThat(t.row("57").name()).isEqualTo("二十六、抗疫特别国债安排的支出");
        assertThat(t.row("1").name()).isEqualTo("一、一般公共预算财政拨款收入");
        assertThat(t.row("8").name()).isEqualTo("八、其他收入");
        assertThat(t.unitName()).isEqualTo("测试行政单位");
    }

    @Test
    void table01IsHeadedAndNotedAsPublished() {
        TableView t = render("01");
        assertThat(t.number()).isEqualTo("公开01表");
        assertThat(t.unitLine()).isEqualTo("部门名称：测试行政单位");
        assertThat(t.yearLine()).isEqualTo("2024年度");
        assertThat(t.amountUnitLine("万元")).isEqualTo("金额单位：万元");
        assertThat(t.layout().rowHeads()).extracting(Layout.RowHead::head).containsExactly("项目", "行次");
        assertThat(t.layout().sections()).extracting(Layout.Section::heading, Layout.Section::firstRow)
                .containsExactly(tuple("收入", "1"), tuple("支出", "32"));
        assertThat(t.row("28").name()).isEqualTo("使用非财政拨款结余（含专用结余）");
        assertThat(t.row("58").name()).isEqualTo("本年支出合计");
        assertThat(t.row("60").name()).isEqualTo("年末结转和结余");
        assertThat(t.notes()).containsExactly(
                "注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。");
    }

    @Test
    void everyTableOfThePublicationCarriesItsNoteAndUnitLabel() {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("02", "注：本表反映部门本年度取得的各项收入情况。");
        notes.put("03", "注：本表反映部门本年度各项支出情况。");
        notes.put("04", "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和"
                + "年末结转结余情况。");
        notes.put("05", "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
        notes.put("06", "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
        notes.put("09", "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序"
                + "调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
        notes.put("10", "注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。");
        notes.forEach((id, note) -> assertThat(render(id).notes()).as(id).containsExactly(note));
        for (String id : new String[]{"01", "02", "03", "04", "05", "06", "07", "08", "09"}) {
            assertThat(render(id).unitLine()).as(id).isEqualTo("部门名称：测试行政单位");
        }
        assertThat(render("10").unitLine()).isEqualTo("单位名称：测试行政单位");
        for (String id : new String[]{"02", "03", "05", "06"}) {
            assertThat(render(id).layout().rowHeads()).extracting(Layout.RowHead::head).as(id)
                    .containsExactly("科目代码", "科目名称");
            assertThat(render(id).amountUnitLine("万元")).as(id).isEqualTo("金额单位：万元");
        }
        // 07 and 08 head their amounts 单位：万元, as published
        assertThat(render("07").amountUnitLine("万元")).isEqualTo("单位：万元");
        assertThat(render("08").amountUnitLine("万元")).isEqualTo("单位：万元");
        assertThat(render("04").row("28").name()).isEqualTo("年初财政拨款结转和结余");
        assertThat(render("04").row("29").name()).isEqualTo("一般公共预算财政拨款");
        assertThat(render("04").row("33").name()).isEqualTo("一、一般公共服务支出");
        assertThat(render("04").row("60").name()).isEqualTo("年末财政拨款结转和结余");
        assertThat(render("09").rows()).extracting(TableRow::name).containsExactly("合计", "因公出国（境）费",
                "公务用车购置及运行维护费小计", "公务用车购置费", "公务用车运行维护费", "公务接待费");
        assertThat(render("notes").title()).isEqualTo("情况说明中的数字");
    }

    @Test
    void table02ShowsIncomeByClassSectionAndItemWithFiscalAndOtherColumns() {
        assertThat(Printed.nonEmpty(render("02"))).containsExactlyInAnyOrderEntriesOf(cells(
                "合计", "本年收入合计", "90.69", "合计", "财政拨款收入", "90.00", "合计", "其他收入", "0.69",
                "201", "本年收入合计", "80.69", "201", "财政拨款收入", "80.00", "201", "其他收入", "0.69",
                "20103", "本年收入合计", "80.69", "20103", "财政拨款收入", "80.00", "20103", "其他收入", "0.69",
                "2010301", "本年收入合计", "30.69", "2010301", "财政拨款收入", "30.00", "2010301", "其他收入", "0.69",
                "2010302", "本年收入合计", "50.00", "2010302", "财政拨款收入", "50.00",
                "205", "本年收入合计", "10.00", "205", "财政拨款收入", "10.00",
                "20508", "本年收入合计", "10.00", "20508", "财政拨款收入", "10.00",
                "2050803", "本年收入合计", "10.00", "2050803", "财政拨款收入", "10.00"));
        assertThat(render("02").rows()).extracting(TableRow::key)
                .containsExactly("合计", "201", "20103", "2010301", "2010302", "205", "20508", "2050803");
        assertThat(render("02").row("2010301").name()).isEqualTo("行政运行");
    }

    @Test
    void table03ShowsAllFundsSpendingByKind() {
        assertThat(Printed.nonEmpty(render("03"))).containsExactlyInAnyOrderEntriesOf(cells(
                "合计", "本年支出合计", "68.23", "合计", "基本支出", "20.23", "合计", "项目支出", "48.00",
                "201", "本年支出合计", "62.23", "201", "基本支出", "20.23", "201", "项目支出", "42.00",
                "20103", "本年支出合计", "62.23", "20103", "基本支出", "20.23", "20103", "项目支出", "42.00",
                "2010301", "本年支出合计", "20.23", "2010301", "基本支出", "20.23",
                "2010302", "本年支出合计", "42.00", "2010302", "项目支出", "42.00",
                "205", "本年支出合计", "6.00", "205", "项目支出", "6.00",
                "20508", "本年支出合计", "6.00", "20508", "项目支出", "6.00",
                "2050803", "本年支出合计", "6.00", "2050803", "项目支出", "6.00"));
    }

    @Test
    void table04ShowsFiscalMoneyByFundWithOpeningAndClosing() {
        TableView t = render("04");
        assertThat(Printed.nonEmpty(t)).containsExactlyInAnyOrderEntriesOf(cells(
                "1", "收入金额", "80.00", "2", "收入金额", "10.00", "27", "收入金额", "90.00",
                "28", "收入金额", "5.00", "29", "收入金额", "5.00", "32", "收入金额", "95.00",
                "33", "合计", "60.58", "33", "一般公共预算财政拨款", "60.58",
                "37", "合计", "6.00", "37", "政府性基金预算财政拨款", "6.00",
                "59", "合计", "66.58", "59", "一般公共预算财政拨款", "60.58", "59", "政府性基金预算财政拨款", "6.00",
                "60", "合计", "28.42", "60", "一般公共预算财政拨款", "24.42", "60", "政府性基金预算财政拨款", "4.00",
                "64", "合计", "95.00", "64", "一般公共预算财政拨款", "85.00", "64", "政府性基金预算财政拨款", "10.00"));
        assertThat(t.row("1").name()).isEqualTo("一、一般公共预算财政拨款");
        assertThat(t.row("37").name()).isEqualTo("五、教育支出");
        assertThat(t.row("58").name()).isEqualTo("二十六、抗疫特别国债安排的支出");
    }

    @Test
    void table05ShowsGeneralBudgetSpendingOnly() {
        assertThat(Printed.nonEmpty(render("05"))).containsExactlyInAnyOrderEntriesOf(cells(
                "合计", "小计", "60.58", "合计", "基本支出", "18.58", "合计", "项目支出", "42.00",
                "201", "小计", "60.58", "201", "基本支出", "18.58", "201", "项目支出", "42.00",
                "20103", "小计", "60.58", "20103", "基本支出", "18.58", "20103", "项目支出", "42.00",
                "2010301", "小计", "18.58", "2010301", "基本支出", "18.58",
                "2010302", "小计", "42.00", "2010302", "项目支出", "42.00"));
    }

    @Test
    void table06ShowsTheFullGridWithNotApplicableCapitalConstructionBlocks() {
        TableView t = render("06");
        Map<String, String> expected = cells(
                "301", "决算数", "12.00", "30101", "决算数", "12.00",
                "302", "决算数", "6.58", "30201", "决算数", "3.00", "30217", "决算数", "0.38", "30231", "决算数", "3.20",
                "人员经费合计", "决算数", "12.00", "公用经费合计", "决算数", "6.58");
        for (String code : new String[]{"309", "30901", "30902", "30903", "30905", "30906", "30907", "30908", "30913",
                "30919", "30921", "30922", "30999", "311", "31101", "31199"}) {
            expected.put(code + "|决算数", "——");
        }
        assertThat(Printed.nonEmpty(t)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(t.rows()).hasSize(112);
        assertThat(t.row("30201").name()).isEqualTo("办公费");
        // the 人员经费 block closes with its 合计, then the 公用经费 block, as the publication's two halves
        java.util.List<String> keys = t.rows().stream().map(TableRow::key).toList();
        assertThat(keys.indexOf("人员经费合计")).isEqualTo(keys.indexOf("302") - 1);
        assertThat(keys.get(keys.size() - 1)).isEqualTo("公用经费合计");
        assertThat(keys.indexOf("30399")).isEqualTo(keys.indexOf("人员经费合计") - 1);
        assertThat(t.layout().sections()).extracting(Layout.Section::heading, Layout.Section::firstRow)
                .containsExactly(tuple("人员经费", "301"), tuple("公用经费", "302"));
    }

    @Test
    void table07ShowsGovernmentFundBalancesIncomeAndSpending() {
        TableView t = render("07");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String row : new String[]{"合计", "205", "20508", "2050803"}) {
            expected.putAll(cells(row, "本年收入", "10.00", row, "小计", "6.00", row, "项目支出", "6.00", row, "年末结转和结余", "4.00"));
        }
        assertThat(Printed.nonEmpty(t)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(t.notes()).containsExactly("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
    }

    @Test
    void table08SaysNoDataWhenThereIsNoStateCapitalMoney() {
        TableView t = render("08");
        assertThat(Printed.nonEmpty(t)).isEmpty();
        assertThat(t.rows()).extracting(TableRow::key).containsExactly("合计");
        assertThat(t.columns()).containsExactly("合计", "基本支出", "项目支出");
        assertThat(t.notes()).containsExactly("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", "说明：本表无数据");
    }

    @Test
    void table09ShowsThreePublicExpensesBudgetAfterAdjustmentAndActual() {
        assertThat(Printed.nonEmpty(render("09"))).containsExactlyInAnyOrderEntriesOf(cells(
                "合计", "预算数", "3.58", "合计", "决算数", "3.58",
                "公务用车购置及运行维护费小计", "预算数", "3.20", "公务用车购置及运行维护费小计", "决算数", "3.20",
                "公务用车运行维护费", "预算数", "3.20", "公务用车运行维护费", "决算数", "3.20",
                "公务接待费", "预算数", "0.38", "公务接待费", "决算数", "0.38"));
    }

    @Test
    void table10ShowsProcurementRunningCostsVehiclesAndEquipment() {
        // 政府采购 = the contracts HT1 45.00 (服务) + HT2 2.50 (货物) + HT4 6.00 (工程; HT3 reversed), not the
        // payments with a procurement category (E5 40.00 + E6 2.00)
        assertThat(Printed.nonEmpty(render("10"))).containsExactlyInAnyOrderEntriesOf(cells(
                "1", "统计数", "53.50", "2", "统计数", "2.50", "3", "统计数", "6.00", "4", "统计数", "45.00",
                "5", "统计数", "6.58", "7", "统计数", "3", "9", "统计数", "1", "11", "统计数", "2", "17", "统计数", "1"));
    }

    @Test
    void table10IsLabelledAsPublishedInThreeSectionsWithItsPrintedRowNumbers() {
        TableView t = render("10");
        assertThat(t.rows()).extracting(TableRow::key, TableRow::name).containsExactly(
                tuple("1", "合计"), tuple("2", "货物"), tuple("3", "工程"), tuple("4", "服务"),
                tuple("5", "(一) 行政单位"), tuple("6", "(二) 参照公务员法管理事业单位"),
                tuple("7", "(一) 车辆数合计(辆)"), tuple("8", "1. 副部(省)级及以上领导用车"),
                tuple("9", "2. 主要负责人用车"), tuple("10", "3. 机要通信用车"), tuple("11", "4. 应急保障用车"),
                tuple("12", "5. 执法执勤用车"), tuple("13", "6. 特种专业技术用车"), tuple("14", "7. 离退休干部服务用车"),
                tuple("15", "8. 其他用车"), tuple("17", "(二) 单价100万元(含)以上设备(不含车辆)"));
        assertThat(t.layout().sections()).extracting(Layout.Section::heading, Layout.Section::firstRow)
                .containsExactly(tuple("一、政府采购情况", "1"), tuple("二、机关运行经费", "5"),
                        tuple("三、国有资产占用情况", "7"));
        assertThat(t.layout().rowHeads()).extracting(Layout.RowHead::head).containsExactly("项目", "行次");
        assertThat(t.columns()).containsExactly("统计数");
        assertThat(t.unitLine()).isEqualTo("单位名称：测试行政单位");
    }

    @Test
    void table10TakesTheStableNamesOfItsRowsThatSayWhatTheyAreOutsideTheirSection() {
        Map<String, String> stable = new LinkedHashMap<>();
        stable.put("政府采购合计", "1");
        stable.put("机关运行经费（行政单位）", "5");
        stable.put("机关运行经费（参照公务员法管理事业单位）", "6");
        stable.put("车辆数合计（辆）", "7");
        stable.put("副部（省）级及以上领导用车", "8");
        stable.put("副部(省)级及以上领导用车", "8");
        stable.put("其他用车", "15");
        stable.put("单价100万元（含）以上设备（不含车辆）", "17");
        stable.forEach((name, key) -> assertThat(fixture.tables.rowKey("10", name)).as(name).contains(key));
        assertThat(fixture.tables.rowKey("10", "汽车")).isEmpty();
    }

    @Test
    void performanceSelfEvaluationComputesRateScoreAndGrade() {
        TableView t = render("perf");
        assertThat(t.moneyDecimals()).isEqualTo(3);
        assertThat(Printed.nonEmpty(t)).containsExactlyInAnyOrderEntriesOf(cells(
                "数据治理", "年初预算数-目标申报数", "50", "数据治理", "年初预算数-预算编制数", "50",
                "数据治理", "全年预算数", "52", "数据治理", "全年执行数", "42", "数据治理", "资金结(转)余", "10",
                "数据治理", "执行率%", "80.77", "数据治理", "执行率得分", "8.08", "数据治理", "总分", "88.08",
                "数据治理", "评价等级", "良"));
    }

    @Test
    void aTargetDeclaredAsZeroPrintsZeroAsThePublicationPrintsItWhileAZeroSumPrintsNothing() {
        fixture.record(new fiscalledger.ledger.api.event.PerformanceEvaluatedEvent(HandMadeYear.UNIT, HandMadeYear.YEAR,
                "P2", java.time.LocalDate.of(2024, 12, 31), "绩效自评", HandMadeYear.FUND_PROJECT, fiscalledger.ledger.api.Fen.ZERO,
                java.util.List.of()));
        TableView t = render("perf");
        TableRow fundProject = t.row(HandMadeYear.FUND_PROJECT);
        assertThat(t.printed(fundProject, PerformanceSelfEvaluation.DECLARED)).isEqualTo("0");
        // the fund project has no budget line: its 预算编制数 is a zero sum, printed empty
        assertThat(t.printed(fundProject, PerformanceSelfEvaluation.INITIAL)).isEmpty();
        assertThat(t.printed(fundProject, PerformanceSelfEvaluation.EXECUTED)).isEqualTo("6");
        assertThat(t.layout().rowHeads()).extracting(Layout.RowHead::head).containsExactly("项目名称");
        assertThat(t.unitLine()).isEqualTo("预算单位：" + HandMadeYear.UNIT.value() + "-测试行政单位");
        assertThat(t.yearLine()).isEqualTo("(2024年度)");
        assertThat(t.notes()).hasSize(4).first().asString().startsWith("备注:1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系");
    }

    @Test
    void explanationFiguresDeriveSharesAndRatesFromExactAmounts() {
        assertThat(Printed.nonEmpty(render("notes"))).containsExactlyInAnyOrderEntriesOf(cells(
                "收入占比/财政拨款收入占本年收入合计%", "value", "99.24",
                "收入占比/其他收入占本年收入合计%", "value", "0.76",
                "支出占比/基本支出占本年支出合计%", "value", "29.65",
                "支出占比/项目支出占本年支出合计%", "value", "70.35",
                "一般公共预算财政拨款支出结构/201一般公共服务支出占比%", "value", "100.00",
                "一般公共预算财政拨款年初预算/合计", "value", "68.58",
                "一般公共预算财政拨款年初预算/201一般公共服务支出", "value", "68.58",
                "完成年初预算%/合计", "value", "88.33",
                "完成年初预算%/201一般公共服务支出", "value", "88.33",
                "三公经费/完成全年预算%", "value", "100.00",
                // contracts: SME 30.00 + 2.50 + 6.00 = 38.50 of 53.50; small/micro 10.00 + 2.50 = 12.50
                "政府采购/授予中小企业合同金额", "value", "38.50",
                "政府采购/授予中小企业合同金额占比%", "value", "71.96",
                "政府采购/授予小微企业合同金额", "value", "12.50",
                "政府采购/授予小微企业合同金额占比%", "value", "23.36",
                "基本支出/人员经费", "value", "12.00",
                "基本支出/公用经费", "value", "6.58"));
    }

    @Test
    void balancesCloseAsOpeningPlusIncomeMinusExpenditurePlusUsedMinusDistributed() {
        assertThat(Printed.nonEmpty(render("balances"))).containsExactlyInAnyOrderEntriesOf(cells(
                "一般公共预算财政拨款", "年初结转和结余", "5.00", "一般公共预算财政拨款", "本年收入", "80.00",
                "一般公共预算财政拨款", "本年支出", "60.58", "一般公共预算财政拨款", "年末结转和结余", "24.42",
                "一般公共预算财政拨款/2010301", "年初结转和结余", "5.00", "一般公共预算财政拨款/2010301", "本年收入", "30.00",
                "一般公共预算财政拨款/2010301", "本年支出", "18.58", "一般公共预算财政拨款/2010301", "年末结转和结余", "16.42",
                "一般公共预算财政拨款/2010302", "本年收入", "50.00", "一般公共预算财政拨款/2010302", "本年支出", "42.00",
                "一般公共预算财政拨款/2010302", "年末结转和结余", "8.00",
                "政府性基金预算财政拨款", "本年收入", "10.00", "政府性基金预算财政拨款", "本年支出", "6.00", "政府性基金预算财政拨款", "年末结转和结余", "4.00",
                "政府性基金预算财政拨款/2050803", "本年收入", "10.00", "政府性基金预算财政拨款/2050803", "本年支出", "6.00",
                "政府性基金预算财政拨款/2050803", "年末结转和结余", "4.00",
                "其他收入", "年初结转和结余", "2.00", "其他收入", "本年收入", "0.69", "其他收入", "本年支出", "1.65",
                "其他收入", "使用非财政拨款结余", "0.10", "其他收入", "结余分配", "0.05", "其他收入", "年末结转和结余", "1.09",
                "其他收入/2010301", "年初结转和结余", "2.00", "其他收入/2010301", "本年收入", "0.69", "其他收入/2010301", "本年支出", "1.65",
                "其他收入/2010301", "使用非财政拨款结余", "0.10", "其他收入/2010301", "结余分配", "0.05", "其他收入/2010301", "年末结转和结余", "1.09",
                "合计", "年初结转和结余", "7.00", "合计", "本年收入", "90.69", "合计", "本年支出", "68.23",
                "合计", "使用非财政拨款结余", "0.10", "合计", "结余分配", "0.05", "合计", "年末结转和结余", "29.51"));
    }

    @Test
    void balancesRowsAreLabelledAsInThePublicationByFundNameCodeAndCatalogName() {
        assertThat(render("balances").rows()).extracting(TableRow::key, TableRow::code, TableRow::name).containsExactly(
                tuple("一般公共预算财政拨款", "", "小计"),
                tuple("一般公共预算财政拨款/2010301", "2010301", "行政运行"),
                tuple("一般公共预算财政拨款/2010302", "2010302", "一般行政管理事务"),
                tuple("政府性基金预算财政拨款", "", "小计"),
                tuple("政府性基金预算财政拨款/2050803", "2050803", "培训支出"),
                tuple("其他收入", "", "小计"),
                tuple("其他收入/2010301", "2010301", "行政运行"),
                tuple("合计", "", "合计"));
    }

    @Test
    void aBalancesRowMayBeNamedByTheFundsConstantOrShortFormAsScriptsDid() {
        assertThat(fixture.tables.rowKey("balances", "GENERAL_BUDGET/2010301")).contains("一般公共预算财政拨款/2010301");
        assertThat(fixture.tables.rowKey("balances", "一般公共预算/2010301")).contains("一般公共预算财政拨款/2010301");
        assertThat(fixture.tables.rowKey("balances", "OTHER")).contains("其他收入");
        assertThat(fixture.tables.rowKey("balances", "2010301")).isEmpty();
        assertThat(fixture.tables.rowKey("balances", "合计")).isEmpty();
        assertThat(fixture.tables.rowKey("01", "GENERAL_BUDGET")).isEmpty();
    }

    @Test
    void asOfADateBeforeTheReversalTheReversedExpenseStillCounts() {
        TableView live = render("06");
        TableView june = fixture.tables.render("06", LEDGER, Cutoff.asOf(java.time.LocalDate.of(2024, 6, 30)));
        assertThat(Printed.of(live.row("30201").cell("决算数"), 2)).isEqualTo("3.00");
        // 30,000 + 9,999 yuan before the reversal of 15 July
        assertThat(Printed.of(june.row("30201").cell("决算数"), 2)).isEqualTo("4.00");
        // the cut-off qualifies every figure, so it comes before the table's own 注
        assertThat(june.notes()).containsExactly("as of 2024-06-30", Table06GeneralBudgetBasicDetail.NOTE);
        // the 10月 project spending and 12月 asset facts are not there yet either
        TableView juneTen = fixture.tables.render("10", LEDGER, Cutoff.asOf(java.time.LocalDate.of(2024, 6, 30)));
        assertThat(Printed.nonEmpty(juneTen)).doesNotContainKeys("4|统计数", "7|统计数");
    }

    @Test
    void procurementCountsTheContractsSignedWithinTheCutoffAndAReversedContractUntilItsReversal() {
        // 30 June: only HT2 (货物, 3 March)
        assertThat(Printed.nonEmpty(fixture.tables.render("10", LEDGER, Cutoff.asOf(java.time.LocalDate.of(2024, 6, 30)))))
                .containsEntry("1|统计数", "2.50").containsEntry("2|统计数", "2.50").doesNotContainKeys("3|统计数", "4|统计数");
        // 31 October: HT3 (工程 8.00) is signed and not yet reversed
        TableView october = fixture.tables.render("10", LEDGER, Cutoff.asOf(java.time.LocalDate.of(2024, 10, 31)));
        assertThat(Printed.nonEmpty(october)).containsEntry("1|统计数", "55.50").containsEntry("3|统计数", "8.00");
        TableView octoberNotes = fixture.tables.render("notes", LEDGER, Cutoff.asOf(java.time.LocalDate.of(2024, 10, 31)));
        // SME 30.00 + 2.50 of 55.50
        assertThat(Printed.nonEmpty(octoberNotes)).containsEntry("政府采购/授予中小企业合同金额|value", "32.50")
                .containsEntry("政府采购/授予中小企业合同金额占比%|value", "58.56");
    }

    @Test
    void aSequenceCutoffIncludesExactlyTheEventsUpToIt() {
        // events 1–9 are the opening, four budget lines, three appropriations and the other income
        TableView t = fixture.tables.render("01", LEDGER, Cutoff.throughSequence(9));
        assertThat(Printed.of(t.row("27").cell("金额"), 2)).isEqualTo("90.69");
        assertThat(Printed.of(t.row("58").cell("金额"), 2)).isEmpty();
        assertThat(Printed.of(fixture.tables.render("01", LEDGER, Cutoff.throughSequence(10)).row("58").cell("金额"), 2))
                .isEqualTo("12.00");
    }

    @Test
    void tableIdsAreResolvedFromWhatUsersType() {
        assertThat(fixture.tables.tableIds()).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                "perf", "notes", "balances");
        assertThat(fixture.tables.resolve("1")).isEqualTo("01");
        assertThat(fixture.tables.resolve("公开06表")).isEqualTo("06");
        assertThat(fixture.tables.resolve("绩效自评")).isEqualTo("perf");
        assertThat(fixture.tables.resolve("说明")).isEqualTo("notes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.tables.resolve("11"))
                .hasMessageContaining("no table '11'");
    }
}
