package fiscalledger.shell.render;

import fiscalledger.projections.table.TableView;
import fiscalledger.shell.FakeLedgerServices;
import org.junit.jupiter.api.Test;

import java.util.List;

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
        assertThat(lines.get(0)).isEqualTo("公开01表 收入支出决算总表");
        assertThat(lines.get(1)).contains("山西省行政审批服务管理局", "229001", "2024", "万元");
        List<String> body = lines.subList(3, lines.size());
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
        assertThat(md).contains("| 行次/科目代码 | 项目/科目名称 | 金额 |", "| --- | --- | ---: |",
                "| 1 | 一、一般公共预算财政拨款收入 | 42683.67 |");
    }
}
