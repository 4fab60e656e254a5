package fiscalledger.shell.command.query;

import fiscalledger.shell.testing.SampleLedger;
import fiscalledger.shell.testing.ScriptRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `show` on the sample year prints each table with the publication's labels (shared/reference/000_…txt, tables
 * 公开01–10 and the 绩效自评 forms): header block, section headings, row labels, 行次, column heads and notes. Text
 * lines are compared by their cells (split where two or more spaces align the columns), so the test pins what a
 * reader reads, not the padding.
 */
class ShowAsPublishedTest {

    @TempDir
    static Path data;

    static SampleLedger ledger;

    @BeforeAll
    static void startWithTheSampleYear() {
        ledger = SampleLedger.start(data, "analyst");
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    private static List<String> show(String command) {
        ScriptRun run = ledger.run(command).ok();
        return run.out.lines().toList();
    }

    private static List<List<String>> cells(List<String> lines) {
        return lines.stream().map(l -> Arrays.asList(l.strip().split(" {2,}"))).toList();
    }

    @Test
    void table10IsPrintedInTheThreeSectionsOfThePublicationWithItsLabelsAndRowNumbers() {
        List<String> lines = show("show 10");
        assertThat(lines.subList(0, 4)).containsExactly("部门决算公开相关信息统计表", "公开10表",
                "单位名称：山西省行政审批服务管理局  2024年度  金额单位：万元", "");
        List<String> body = lines.subList(4, lines.size());
        assertThat(body.get(2)).matches("-+  -+  -+");
        List<String> withoutRule = new java.util.ArrayList<>(body);
        withoutRule.remove(2);
        assertThat(cells(withoutRule)).containsExactly(
                List.of("一、政府采购情况"),
                List.of("项目", "行次", "统计数"),
                List.of("合计", "1", "41,643.12"),
                List.of("货物", "2", "3.95"),
                List.of("工程", "3"),
                List.of("服务", "4", "41,639.17"),
                List.of("二、机关运行经费"),
                List.of("(一) 行政单位", "5", "133.97"),
                List.of("(二) 参照公务员法管理事业单位", "6"),
                List.of("三、国有资产占用情况"),
                List.of("(一) 车辆数合计(辆)", "7", "3"),
                List.of("1. 副部(省)级及以上领导用车", "8"),
                List.of("2. 主要负责人用车", "9", "1"),
                List.of("3. 机要通信用车", "10", "1"),
                List.of("4. 应急保障用车", "11", "1"),
                List.of("5. 执法执勤用车", "12"),
                List.of("6. 特种专业技术用车", "13"),
                List.of("7. 离退休干部服务用车", "14"),
                List.of("8. 其他用车", "15"),
                List.of("(二) 单价100万元(含)以上设备(不含车辆)", "17"),
                List.of("注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。"));
    }

    @Test
    void table10StaysOneCsvLinePerRowAndTracesByRowNumberPrintedLabelOrStableName() {
        assertThat(show("show 10 --format csv")).containsExactly("行次/科目代码,项目/科目名称,统计数",
                "1,合计,41643.12", "2,货物,3.95", "3,工程,", "4,服务,41639.17", "5,(一) 行政单位,133.97",
                "6,(二) 参照公务员法管理事业单位,", "7,(一) 车辆数合计(辆),3", "8,1. 副部(省)级及以上领导用车,",
                "9,2. 主要负责人用车,1", "10,3. 机要通信用车,1", "11,4. 应急保障用车,1", "12,5. 执法执勤用车,",
                "13,6. 特种专业技术用车,", "14,7. 离退休干部服务用车,", "15,8. 其他用车,",
                "17,(二) 单价100万元(含)以上设备(不含车辆),");
        String byNumber = ledger.run("trace 10 1").ok().out;
        assertThat(byNumber).contains("row 1 合计", "they add up");
        // the names of seed-2024-expected.csv, which the table printed before, still name the rows
        assertThat(ledger.run("trace 10 政府采购合计").ok().out).isEqualTo(byNumber);
        assertThat(ledger.run("trace 10 机关运行经费（行政单位）").ok().out).isEqualTo(ledger.run("trace 10 5").ok().out);
        assertThat(ledger.run("trace 10 车辆数合计（辆）").ok().out).isEqualTo(ledger.run("trace 10 7").ok().out);
        assertThat(ledger.run("trace 10 \"(一) 行政单位\"").ok().out).isEqualTo(ledger.run("trace 10 5").ok().out);
    }

    @Test
    void table01IsHeadedAsPublishedAndPrintsItsRowsUnderTheirItemAndRowNumber() {
        List<String> lines = show("show 01");
        assertThat(lines.subList(0, 4)).containsExactly("收入支出决算总表", "公开01表",
                "部门名称：山西省行政审批服务管理局  2024年度  金额单位：万元", "");
        List<List<String>> cells = cells(lines);
        assertThat(cells).contains(List.of("收入"), List.of("项目", "行次", "金额"),
                List.of("一、一般公共预算财政拨款收入", "1", "42,683.67"), List.of("八、其他收入", "8", "0.69"),
                List.of("本年收入合计", "27", "42,684.35"), List.of("使用非财政拨款结余（含专用结余）", "28"),
                List.of("年初结转和结余", "29", "289.23"), List.of("总计", "31", "42,973.59"), List.of("支出"),
                List.of("一、一般公共服务支出", "32", "42,034.76"), List.of("二十六、抗疫特别国债安排的支出", "57"),
                List.of("本年支出合计", "58", "42,240.10"), List.of("结余分配", "59"),
                List.of("年末结转和结余", "60", "733.48"), List.of("总计", "62", "42,973.59"));
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。");
        assertThat(String.join("\n", lines)).doesNotContain("编制单位");
    }

    @Test
    void classifiedTablesPrintTheirCodeAndNameHeadsAndTheirNotes() {
        List<String> two = show("show 02");
        assertThat(cells(two)).contains(
                List.of("科目代码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                        "附属单位上缴收入", "其他收入"),
                List.of("合计", "42,684.35", "42,683.67", "0.69"),
                List.of("2010301", "行政运行", "684.50", "683.81", "0.69"));
        assertThat(two.get(two.size() - 1)).isEqualTo("注：本表反映部门本年度取得的各项收入情况。");
        List<String> seven = show("show 07");
        assertThat(seven.get(2)).isEqualTo("部门名称：山西省行政审批服务管理局  2024年度  单位：万元");
        assertThat(seven.subList(seven.size() - 2, seven.size())).containsExactly(
                "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "说明：本表无数据");
        List<String> six = show("show 06");
        assertThat(cells(six)).containsSubsequence(List.of("人员经费"), List.of("科目代码", "科目名称", "决算数"),
                List.of("301", "工资福利支出", "663.18"), List.of("人员经费合计", "711.62"), List.of("公用经费"),
                List.of("302", "商品和服务支出", "126.45"), List.of("309", "资本性支出（基本建设）", "——"),
                List.of("公用经费合计", "133.97"));
        List<String> nine = show("show 09");
        assertThat(cells(nine)).contains(List.of("项目", "预算数", "决算数"), List.of("合计", "3.57", "3.57"));
    }

    @Test
    void performanceSelfEvaluationPrintsADeclaredTargetOfZeroAsThePublicationDoes() {
        List<String> lines = show("show perf");
        assertThat(lines.subList(0, 3)).containsExactly("项目支出绩效自评表",
                "预算单位：229001-山西省行政审批服务管理局  (2024年度)  金额单位：万元", "");
        assertThat(cells(lines)).contains(
                List.of("项目名称", "年初预算数-目标申报数", "年初预算数-预算编制数", "全年预算数", "全年执行数",
                        "资金结(转)余", "执行率%", "执行率得分", "总分", "评价等级"),
                List.of("营商环境评估费", "0", "100", "100", "47.973", "52.027", "47.97", "4.8", "39.8", "差"),
                List.of("政务信息化工作经费", "0", "250", "245.84", "164.901", "80.939", "67.08", "6.71", "79.71", "中"),
                List.of("省优化营商环境促进市场主体倍增工作专班运行经费", "150", "150", "110", "88.43", "21.57", "80.39",
                        "8.04", "93.04", "优"));
        assertThat(show("show perf --format csv")).contains(
                "空白证照购置印刷,空白证照购置印刷,0,433,670,502.984,167.016,75.07,7.51,79.51,中");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("4.“执行率”是执行数与“全年预算数”相比较。");
    }

    @Test
    void theNotesTableHasOneNameInTheListAndOnItsPage() {
        assertThat(String.join("\n", show("tables"))).contains("情况说明中的数字").doesNotContain("比率与占比");
        assertThat(show("show notes").get(0)).isEqualTo("情况说明中的数字");
    }
}
