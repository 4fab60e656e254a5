package fiscalledger.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * The six 项目支出绩效自评表 of the publication: 目标申报数 and the indicators with their 分值 and 得分 as printed.
 * An indicator printed without a score scored 0. The 执行率得分 is not recorded: the ledger computes it.
 */
record Performance(String voucher, String project, String declaredTargetYuan, List<String[]> indicators) {

    static List<Performance> all() {
        return List.of(
                new Performance("绩效-2024-01", SampleYearGenerator.P_BIZ_EVAL, "0.00", List.of(
                        i("产出指标", "数量指标", "评价地级以上数量", "20", "0"),
                        i("产出指标", "数量指标", "异常处理能力", "5", "0"),
                        i("产出指标", "质量指标", "验收通过率", "5", "0"),
                        i("产出指标", "时效指标", "项目完成时间", "10", "5"),
                        i("产出指标", "成本指标", "单个地级以上评价成本", "10", "0"),
                        i("效益指标", "社会效益", "营商环境优化建议", "15", "15"),
                        i("效益指标", "可持续影响", "报告成果应用率", "15", "15"),
                        i("满意度指标", "服务对象满意度", "服务对象满意度", "5", "0"),
                        i("满意度指标", "服务对象满意度", "被评价城市满意度", "5", "0"))),
                new Performance("绩效-2024-02", SampleYearGenerator.P_INFO, "0.00", List.of(
                        i("产出指标", "数量指标", "委托第三方评估的数量", "20", "20"),
                        i("产出指标", "质量指标", "研讨成果应用率", "10", "7"),
                        i("产出指标", "时效指标", "调研及时率", "10", "6"),
                        i("产出指标", "成本指标", "成本指标", "10", "5"),
                        i("效益指标", "社会效益", "政务服务效益", "30", "25"),
                        i("满意度指标", "服务对象满意度", "培训对象满意度", "10", "10"))),
                // the printed table lists indicators worth 80 points, but its 总分 98.33 = 90 + 8.33: one
                // indicator row worth 10 points (scored in full) is missing from the printed table
                new Performance("绩效-2024-03", SampleYearGenerator.P_OPS, "0.00", List.of(
                        i("产出指标", "数量指标", "专业性机构评价项目报告", "20", "20"),
                        i("产出指标", "质量指标", "专业性机构评价报告质量", "10", "10"),
                        i("产出指标", "时效指标", "专业性机构评价完成时间", "5", "5"),
                        i("产出指标", "成本指标", "电子档案服务完成时间", "5", "5"),
                        i("产出指标", "数量指标", "电子档案整理数量（公开表缺行，按总分补录）", "10", "10"),
                        i("效益指标", "社会效益", "提升平台服务效益", "10", "10"),
                        i("效益指标", "可持续影响", "提升档案管理工作", "20", "20"),
                        i("满意度指标", "服务对象满意度", "专业性机构评价服务满意度", "10", "10"))),
                new Performance("绩效-2024-04", SampleYearGenerator.P_TASKFORCE, "1500000.00", List.of(
                        i("产出指标", "数量指标", "工作专班入企服务次数", "10", "10"),
                        i("产出指标", "数量指标", "市场主体倍增调研督导次数", "10", "10"),
                        i("产出指标", "质量指标", "市场主体倍增政策落实率", "10", "10"),
                        i("产出指标", "时效指标", "市场主体倍增政策落实时效", "10", "10"),
                        i("产出指标", "成本指标", "成本指标", "10", "5"),
                        i("效益指标", "社会效益", "市场主体数量增长", "30", "30"),
                        i("满意度指标", "服务对象满意度", "各市政府、各省直部门对工作专班满意度", "5", "5"),
                        i("满意度指标", "服务对象满意度", "市场主体满意度", "5", "5"))),
                new Performance("绩效-2024-05", SampleYearGenerator.P_TRAINING, "0.00", List.of(
                        i("产出指标", "数量指标", "培训班次(会议次数)", "10", "10"),
                        i("产出指标", "数量指标", "培训(参会)人数", "10", "10"),
                        i("产出指标", "质量指标", "培训课程(会议)安排合理", "10", "10"),
                        i("产出指标", "时效指标", "按计划培训(会议)率", "10", "10"),
                        i("产出指标", "成本指标", "成本指标", "10", "5"),
                        i("效益指标", "社会效益", "专项工作推进程度", "15", "15"),
                        i("效益指标", "社会效益", "业务能力提升度", "15", "15"),
                        i("满意度指标", "服务对象满意度", "培训(参会)人员满意度", "10", "10"))),
                new Performance("绩效-2024-06", SampleYearGenerator.P_CERTS, "0.00", List.of(
                        i("产出指标", "数量指标", "空白证照印制种类", "20", "7"),
                        i("产出指标", "质量指标", "空白证照合格率", "10", "10"),
                        i("产出指标", "时效指标", "空白证照招标后及时发放", "10", "5"),
                        i("产出指标", "成本指标", "空白证照平均价格", "10", "10"),
                        i("效益指标", "经济效益", "节约印制费用", "30", "30"),
                        i("满意度指标", "服务对象满意度", "服务对象满意度", "10", "10"))));
    }

    private static String[] i(String level1, String level2, String name, String weight, String score) {
        return new String[]{level1, level2, name, weight, score};
    }

    void write(List<JournalLine> lines, LocalDate date) {
        lines.add(JournalLine.of("performance", date, 7).set("voucher", voucher).set("memo", project + "项目支出绩效自评（2024年度）")
                .set("project", project).set("declared_target", declaredTargetYuan).build());
        for (String[] i : indicators) {
            lines.add(JournalLine.of("indicator", date, 7).set("voucher", voucher).set("memo", "绩效指标：" + i[2])
                    .set("indicator_level1", i[0]).set("indicator_level2", i[1]).set("indicator", i[2])
                    .set("weight", i[3]).set("score", i[4]).build());
        }
    }
}
