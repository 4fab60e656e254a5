package fiscalledger.shell.render;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.Layout;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import fiscalledger.shell.FakeLedgerServices;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TableRendererTest {

    private final TableView table01 = FakeLedgerServices.table01(FakeLedgerServices.SAMPLE);

    @Test
    void csvHasTheFixedHeaderAndOneLinePerPrintedRowWithAmountsAsPrinted() {
        assertThat(TableRenderer.render(table01, OutputFormat.CSV, MoneyUnit.WAN)).containsExactly(
                "行次/科目代码,项目/科目名称,金额",
                "1,一、一般公共预算财政拨款收入,42683.67",
                "2,二、政府性基金预算财政拨款收入,",
                "8,八、其他收入,0.69");
    }

    @Test
    void csvInYuanPrintsTheExactAmount() {
        assertThat(TableRenderer.render(table01, OutputFormat.CSV, MoneyUnit.YUAN))
                .contains("1,一、一般公共预算财政拨款收入,426836700.00", "8,八、其他收入,6900.00");
    }

    @Test
    void csvQuotesFieldsHoldingCommasOrQuotes() {
        assertThat(CsvRenderer.line(List.of("a,b", "say \"hi\"", "plain"))).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",plain");
    }

    @Test
    void textAlignsFiguresByDisplayWidthNotByCharacterCount() {
        List<String> lines = TableRenderer.render(table01, OutputFormat.TEXT, MoneyUnit.WAN);
        List<String> body = lines.subList(4, lines.size());
        // every line ends at the same terminal column: the amounts are right-aligned under their header
        int header = DisplayWidth.of(body.get(0));
        assertThat(body.get(2)).endsWith("42,683.67");
        assertThat(DisplayWidth.of(body.get(2))).isEqualTo(header);
        assertThat(DisplayWidth.of(body.get(4))).isEqualTo(header);
        // the CJK names take two columns per character, so their character counts differ while widths agree
        assertThat(body.get(2).length()).isNotEqualTo(header);
        assertThat(body.get(3)).doesNotEndWith(" ");
    }

    @Test
    void textIsHeadedAsThePublicationWithoutTheUnitCode() {
        List<String> lines = TableRenderer.render(table01, OutputFormat.TEXT, MoneyUnit.WAN);
        assertThat(lines.subList(0, 4)).containsExactly("收入支出决算总表", "公开01表",
                "部门名称：山西省行政审批服务管理局  2024年度  金额单位：万元", "");
        assertThat(TableRenderer.render(table01, OutputFormat.TEXT, MoneyUnit.YUAN).get(2)).endsWith("金额单位：元");
        assertThat(String.join("\n", lines)).doesNotContain("编制单位", "229001");
    }

    @Test
    void sectionsHeadTheirRowsAndTheRowNamingColumnsCarryThePublicationsHeads() {
        Layout layout = new Layout(Layout.UnitLabel.UNIT, "金额单位", List.of(
                new Layout.RowHead("项目", Layout.RowHead.Part.NAME), new Layout.RowHead("行次", Layout.RowHead.Part.KEY)),
                List.of(new Layout.Section("一、政府采购情况", "1"), new Layout.Section("二、机关运行经费", "5")), false);
        TableView t = new TableView("10", "部门决算公开相关信息统计表", "某局", FakeLedgerServices.SAMPLE, "万元", 2,
                List.of("统计数"), List.of(
                row("1", "", "合计", "统计数", Cell.money(Fen.of(41_643_120_000L))),
                row("3", "", "工程", "统计数", Cell.money(Fen.ZERO)),
                row("5", "", "(一) 行政单位", "统计数", Cell.money(Fen.of(133_970_000L)))),
                List.of("注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。"), layout);
        assertThat(TableRenderer.render(t, OutputFormat.TEXT, MoneyUnit.WAN)).containsExactly(
                "部门决算公开相关信息统计表",
                "公开10表",
                "单位名称：某局  2024年度  金额单位：万元",
                "",
                "一、政府采购情况",
                "项目           行次     统计数",
                "-------------  ----  ---------",
                "合计              1  41,643.12",
                "工程              3",
                "二、机关运行经费",
                "(一) 行政单位     5     133.97",
                "注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。");
        // CSV stays one line per row under the fixed header, keyed as trace takes it
        assertThat(TableRenderer.render(t, OutputFormat.CSV, MoneyUnit.WAN)).containsExactly(
                "行次/科目代码,项目/科目名称,统计数", "1,合计,41643.12", "3,工程,", "5,(一) 行政单位,133.97");
        assertThat(TableRenderer.render(t, OutputFormat.MD, MoneyUnit.WAN)).containsSubsequence(
                "**一、政府采购情况**", "| 项目 | 行次 | 统计数 |", "| 合计 | 1 | 41643.12 |",
                "| **二、机关运行经费** |  |  |", "| (一) 行政单位 | 5 | 133.97 |");
        assertThat(String.join("\n", TableRenderer.render(t, OutputFormat.JSON, MoneyUnit.WAN)))
                .contains("\"section\" : \"二、机关运行经费\"", "\"unit\" : \"229001\"");
    }

    @Test
    void aCodedTablePrintsARowWithoutACodeInTheCodeColumnAsTheMergedCellDoes() {
        Layout layout = new Layout(Layout.UnitLabel.DEPARTMENT, "单位", List.of(
                new Layout.RowHead("科目代码", Layout.RowHead.Part.CODE), new Layout.RowHead("科目名称", Layout.RowHead.Part.NAME)),
                List.of(), false);
        TableView t = new TableView("08", "国有资本经营预算财政拨款支出决算表", "某局", FakeLedgerServices.SAMPLE, "万元", 2,
                List.of("合计"), List.of(row("合计", "", "合计", "合计", Cell.money(Fen.ZERO)),
                row("201", "201", "一般公共服务支出", "合计", Cell.money(Fen.of(1_000_000L)))),
                List.of("说明：本表无数据"), layout);
        assertThat(TableRenderer.render(t, OutputFormat.TEXT, MoneyUnit.WAN)).containsExactly(
                "国有资本经营预算财政拨款支出决算表", "公开08表", "部门名称：某局  2024年度  单位：万元", "",
                "科目代码  科目名称          合计",
                "--------  ----------------  ----",
                "合计",
                "201       一般公共服务支出  1.00",
                "说明：本表无数据");
    }

    @Test
    void aDeclaredZeroPrintsAndMoneyDropsTrailingZerosWhereTheTableDoes() {
        Layout layout = new Layout(Layout.UnitLabel.BUDGET_UNIT, "金额单位",
                List.of(new Layout.RowHead("项目名称", Layout.RowHead.Part.NAME)), List.of(), true);
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("年初预算数-目标申报数", Cell.declared(Fen.ZERO));
        cells.put("年初预算数-预算编制数", Cell.money(Fen.of(100_000_000L)));
        cells.put("全年执行数", Cell.money(Fen.of(47_973_000L)));
        cells.put("资金结(转)余", Cell.money(Fen.ZERO));
        cells.put("总分", Cell.figure(new java.math.BigDecimal("39.80")));
        TableView t = new TableView("perf", "项目支出绩效自评表", "某局", FakeLedgerServices.SAMPLE, "万元", 3,
                List.copyOf(cells.keySet()), List.of(new TableRow("营商环境评估费", "", "营商环境评估费", cells)), List.of(),
                layout);
        assertThat(TableRenderer.render(t, OutputFormat.CSV, MoneyUnit.WAN))
                .containsExactly("行次/科目代码,项目/科目名称,年初预算数-目标申报数,年初预算数-预算编制数,全年执行数,资金结(转)余,总分",
                        "营商环境评估费,营商环境评估费,0,100,47.973,,39.8");
        assertThat(TableRenderer.render(t, OutputFormat.TEXT, MoneyUnit.WAN).subList(0, 3)).containsExactly(
                "项目支出绩效自评表", "预算单位：229001-某局  (2024年度)  金额单位：万元", "");
        assertThat(String.join("\n", TableRenderer.render(t, OutputFormat.JSON, MoneyUnit.WAN)))
                .contains("\"年初预算数-目标申报数\" : 0,", "\"年初预算数-预算编制数\" : 100,", "\"资金结(转)余\" : null",
                        "\"总分\" : 39.8");
        assertThat(TableRenderer.render(t, OutputFormat.CSV, MoneyUnit.YUAN)).contains(
                "营商环境评估费,营商环境评估费,0.00,1000000.00,479730.00,,39.8");
    }

    private static TableRow row(String key, String code, String name, String column, Cell cell) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put(column, cell);
        return new TableRow(key, code, name, cells);
    }

    @Test
    void displayWidthCountsChineseCharactersAsTwoColumns() {
        assertThat(DisplayWidth.of("行次")).isEqualTo(4);
        assertThat(DisplayWidth.of("ab行")).isEqualTo(4);
        assertThat(DisplayWidth.padRight("项目", 6)).isEqualTo("项目  ");
    }

    @Test
    void jsonCarriesNumbersAsNumbersAndEmptyCellsAsNull() {
        String json = String.join("\n", TableRenderer.render(table01, OutputFormat.JSON, MoneyUnit.WAN));
        assertThat(json).contains("\"table\" : \"01\"", "\"金额\" : 42683.67", "\"金额\" : null", "\"year\" : 2024");
    }

    @Test
    void markdownRightAlignsFigureColumns() {
        List<String> md = TableRenderer.render(table01, OutputFormat.MD, MoneyUnit.WAN);
        // 行次 are numbers, right-aligned like the figures
        assertThat(md).contains("| 行次/科目代码 | 项目/科目名称 | 金额 |", "| ---: | --- | ---: |",
                "| 1 | 一、一般公共预算财政拨款收入 | 42683.67 |");
    }
}
