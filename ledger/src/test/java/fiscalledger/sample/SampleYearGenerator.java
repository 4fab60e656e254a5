package fiscalledger.sample;

import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the sample year: the 2024 journal of 山西省行政审批服务管理局 (229001) whose tables reproduce the
 * publication in shared/reference. The year is described declaratively — which leaf (fund × function × kind ×
 * economic code × project) carries roughly how much, and how a leaf is paid out over the year — and the exact fen
 * amounts are solved against every printed figure of seed-2024-expected.csv (each must round half-up to the printed
 * value), so the publication's tail differences (02 合计 42,684.35 against 类 rows adding to 42,684.36, 06's 302
 * items adding to 126.48 against 126.45, …) come out of the vouchers by themselves. Deterministic: fixed seed.
 *
 * <p>Run {@link #main} to rewrite {@code ledger/src/main/resources/sample/229001-2024.csv} and print the
 * independent self-check ({@link PublicationSelfCheck}).
 */
public final class SampleYearGenerator {

    static final String UNIT = "229001";
    static final int YEAR = 2024;
    static final long SEED = 20_241_231L;
    static final Path RESOURCE = Path.of("ledger", "src", "main", "resources", "sample", "229001-2024.csv");
    static final String SEED_CSV = "/reference/seed-2024-expected.csv";

    /**
     * Cells that no journal can reproduce under docs/table-rules.md, key table|row|name|column. The publication's
     * 政府采购 total (41,643.12) counts contract amounts; it exceeds every non-personnel payment of the year
     * (本年支出合计 42,240.10 − 人员经费 711.62 = 41,528.48), so "expenditure with a procurement category" cannot
     * reach it, and the SME shares divide by it. They need a 政府采购合同 fact (see the README section).
     */
    static final Set<String> KNOWN_INFEASIBLE = Set.of(
            "10|1|政府采购合计|统计数",
            "10|4|服务|统计数",
            "说明|政府采购|授予中小企业合同金额占比%|value",
            "说明|政府采购|授予小微企业合同金额占比%|value");

    static final String P_BIZ_EVAL = "营商环境评估费";
    static final String P_INFO = "政务信息化工作经费";
    static final String P_OPS = "行政运行及业务工作经费";
    static final String P_TASKFORCE = "省优化营商环境促进市场主体倍增工作专班运行经费";
    static final String P_TRAINING = "专项培训(会议)经费";
    static final String P_CERTS = "空白证照购置印刷";
    static final String P_CAPACITY = "政务服务能力提升工作经费";
    static final String P_CLOUD = "省级政务云平台资源购买服务";
    static final String P_PLATFORM = "一体化在线政务服务平台运维费";
    static final String P_HALL = "政务服务大厅运行保障经费";
    static final String P_TRADING = "公共资源交易平台运维费";
    static final String P_PARTY = "机关党建工作经费";
    static final String P_POVERTY = "扶贫村困难群众救助款";

    static final Fund GB = Fund.GENERAL_BUDGET;
    static final Fund OTHER = Fund.OTHER;
    static final SpendingKind PERSONNEL = SpendingKind.BASIC_PERSONNEL;
    static final SpendingKind PUBLIC = SpendingKind.BASIC_PUBLIC;
    static final SpendingKind PROJECT = SpendingKind.PROJECT;

    /** The 26 功能分类 类 in the printed order of tables 01 (rows 32–57) and 04 (rows 33–58). */
    static final List<String> CATEGORIES = List.of("201", "202", "203", "204", "205", "206", "207", "208", "210",
            "211", "212", "213", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231",
            "232", "234");

    private final Random random = new Random(SEED);
    private final List<JournalLine> lines = new ArrayList<>();
    private int tempVoucher;

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : RESOURCE;
        List<JournalLine> journal = generate();
        String csv = toCsv(journal);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, csv, StandardCharsets.UTF_8);
        System.out.println("wrote " + journal.size() + " lines (" + vouchers(journal) + " vouchers) to " + target);
        List<String> mismatches = PublicationSelfCheck.check(csv, readSeed());
        mismatches.forEach(System.out::println);
        long unexpected = mismatches.stream().filter(m -> !PublicationSelfCheck.isKnownInfeasible(m)).count();
        System.out.println(mismatches.size() + " mismatching cells, " + unexpected + " unexpected");
        if (unexpected > 0) {
            System.exit(1);
        }
    }

    /** The journal, in file order. */
    public static List<JournalLine> generate() {
        return new SampleYearGenerator().build();
    }

    static long vouchers(List<JournalLine> journal) {
        return journal.stream().map(l -> l.get("voucher")).distinct().count();
    }

    static String toCsv(List<JournalLine> journal) {
        StringBuilder s = new StringBuilder(String.join(",", JournalLine.COLUMNS)).append('\n');
        for (JournalLine line : journal) {
            List<String> cells = new ArrayList<>();
            for (String column : JournalLine.COLUMNS) {
                cells.add(quote(line.get(column)));
            }
            s.append(String.join(",", cells)).append('\n');
        }
        return s.toString();
    }

    private static String quote(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    static List<CSVRecord> readSeed() {
        try (InputStream in = SampleYearGenerator.class.getResourceAsStream(SEED_CSV)) {
            if (in == null) {
                throw new IllegalStateException(SEED_CSV + " is not on the test classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SEED_CSV, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ the plan

    /** A payment schedule: how a leaf's solved total is paid out in vouchers. */
    interface Spread {
        List<Payment> split(long total, Random random);
    }

    record Payment(LocalDate date, long amount, String memo) {
    }

    /** Where money is spent; nominal and slack in fen (slack 0 = an amount quoted by the publication). */
    record Leaf(Fund fund, String function, SpendingKind kind, String economic, String project,
                ProcurementCategory procurement, long nominal, long slack, boolean sme, boolean smallMicro,
                Spread spread) {
    }

    /** What a solver variable stands for: 'E' expenditure leaf, 'A' appropriation, 'I' other income, 'O' opening. */
    record Var(char type, Fund fund, String function, SpendingKind kind, String economic, String project,
               ProcurementCategory procurement) {
    }

    private List<Leaf> leaves() {
        List<Leaf> l = new ArrayList<>();
        // 人员经费: monthly payroll of the 行政运行 staff and the social-insurance items on their own 功能科目
        l.add(personnel("2010301", "30101", "159.30", monthly(12, m -> m + "月基本工资")));
        l.add(personnel("2010301", "30102", "108.70", monthly(12, m -> m + "月津贴补贴（规范津贴补贴）")));
        l.add(personnel("2010301", "30103", "187.79", monthly(12, m -> m == 12 ? "发放年终一次性奖金及12月奖金" : m + "月奖金",
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 7.6)));
        l.add(personnel("2080505", "30108", "58.68", monthly(14, m -> m + "月机关事业单位基本养老保险缴费（单位部分）")));
        l.add(personnel("2080506", "30109", "29.34", monthly(14, m -> m + "月职业年金缴费（单位部分）")));
        l.add(personnel("2101101", "30110", "28.17", monthly(14, m -> m + "月职工基本医疗保险缴费（单位部分）")));
        l.add(personnel("2010301", "30110", "0.60", explicit(part(3, 20, "补缴2023年度大额医疗费用补助保险"),
                part(9, 20, "新调入人员基本医疗保险补缴"))));
        l.add(personnel("2101103", "30111", "6.72", explicit(part(3, 26, "缴纳2024年上半年公务员医疗补助"),
                part(9, 25, "缴纳2024年下半年公务员医疗补助"))));
        l.add(personnel("2010301", "30111", "0.13", explicit(part(11, 19, "新调入人员公务员医疗补助补缴"))));
        l.add(personnel("2010301", "30112", "0.84", monthly(14, m -> m + "月工伤保险、失业保险缴费")));
        l.add(personnel("2010301", "30113", "59.96", monthly(14, m -> m + "月住房公积金（单位部分）")));
        l.add(personnel("2010301", "30199", "22.95", explicit(part(3, 28, "一季度其他工资福利支出（遗属补助等）"),
                part(6, 27, "二季度其他工资福利支出（遗属补助等）"), part(9, 26, "三季度其他工资福利支出（遗属补助等）"),
                part(12, 20, "四季度其他工资福利支出（遗属补助等）"))));
        l.add(personnel("2080501", "30302", "34.24", monthly(12, m -> m == 1 ? "1月退休费（含退休人员取暖补贴）"
                : m + "月退休费（含退休人员增加补贴）", 1.9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.3)));
        l.add(personnel("2100799", "30309", "14.20", explicit(part(4, 18, "发放独生子女父母退休一次性奖励（2人）"),
                part(7, 16, "发放独生子女父母退休一次性奖励（3人）"), part(11, 14, "发放独生子女父母退休一次性奖励（2人）"))));

        // 公用经费 of the 行政运行 line (2010301), the 机关运行经费 of table 10
        l.add(basic("30201", "14.85", invoices(24, 1, 12, "购买办公用品（打印纸、硒鼓）", "购买办公耗材", "订阅2024年度报刊杂志",
                "购买档案盒及文件柜耗材", "购买办公用品（文件夹、签字笔）")));
        l.add(basic("30202", "1.20", invoices(3, 2, 11, "印制工作手册", "印制会议材料", "印刷公文信封、信纸")));
        l.add(basic("30204", "0.13", monthly(26, m -> "支付" + m + "月银行账户管理及转账手续费")));
        l.add(basic("30207", "4.00", monthly(20, m -> "缴纳" + m + "月固定电话、网络及机要邮寄费")));
        l.add(basic("30211", "17.02", invoices(36, 1, 12, "报销赴大同调研督导差旅费", "报销赴运城调研差旅费",
                "报销赴京汇报工作差旅费", "报销赴长治调研差旅费", "报销赴晋中调研差旅费", "报销赴上海学习考察差旅费",
                "报销赴临汾督导差旅费", "报销赴忻州调研差旅费", "报销赴浙江学习交流差旅费")));
        l.add(basic("30213", "1.19", invoices(4, 3, 11, "办公设备维修", "空调维修保养", "办公楼消防设施维护")));
        l.add(basic("30215", "2.12", invoices(2, 3, 9, "召开全省行政审批服务工作会议会务费", "召开政务服务工作推进会会务费")));
        l.add(basic("30216", "0.46", invoices(2, 4, 10, "财务人员继续教育培训费", "机关干部业务培训费")));
        l.add(fixedBasic("30217", "3760.00", explicit(
                part(5, 22, "接待新疆生产建设兵团数据局调研“高效办成一件事”政务数据共享（7人）"),
                part(8, 13, "接待人民网一行调研“12345”热线和“好差评”体系建设（6人）"),
                part(11, 6, "接待河北省数据和政务服务局调研“互联网+政务服务”（8人）"))));
        l.add(basic("30226", "2.14", invoices(5, 2, 12, "支付评审专家劳务费", "支付临时聘用人员劳务费")));
        l.add(basic("30227", "4.09", invoices(3, 4, 12, "委托法律顾问服务费", "委托第三方开展机关档案整理", "委托审计服务费")));
        l.add(basic("30228", "8.06", explicit(part(3, 22, "拨缴一季度工会经费（工资总额2%）"),
                part(6, 21, "拨缴二季度工会经费（工资总额2%）"), part(9, 20, "拨缴三季度工会经费（工资总额2%）"),
                part(12, 18, "拨缴四季度工会经费（工资总额2%）"))));
        l.add(basic("30229", "10.47", explicit(part(4, 24, "职工年度健康体检费"), part(7, 12, "职工防暑降温福利费"),
                part(11, 22, "职工冬季取暖福利费"), part(12, 13, "职工福利费（困难职工慰问）"))));
        l.add(fixedBasic("30231", "31979.00", monthly(23, m -> m % 3 == 0 ? m + "月公务用车加油费及维修保养费"
                : m + "月公务用车加油费及过路过桥费")));
        l.add(basic("30239", "32.05", monthly(16, m -> "发放" + m + "月公务交通补贴")));
        l.add(basic("30299", "25.12", invoices(14, 1, 12, "购买饮用水", "机关绿化养护服务费", "机关食堂伙食补助",
                "支付党建活动费", "其他日常公用支出")));
        l.add(leaf(GB, "2010301", PUBLIC, "31002", "", ProcurementCategory.GOODS, "2.95", invoices(3, 4, 11,
                "采购台式计算机（协议供货）", "采购打印复印一体机（协议供货）", "采购笔记本电脑（协议供货）")));
        l.add(basic("31007", "4.56", explicit(part(7, 18, "购买专用软件系统（正版化）"), part(11, 20, "购置档案管理软件"))));

        // 非财政拨款: 其他收入 pays bank charges and small office costs, and the 扶贫村 relief
        l.add(leaf(OTHER, "2010301", PUBLIC, "30204", "", null, "0.05", monthly(27, m -> "其他收入户" + m + "月银行手续费",
                0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1)));
        l.add(leaf(OTHER, "2010301", PUBLIC, "30201", "", null, "0.64", invoices(2, 5, 11, "以其他收入购买办公用品")));
        l.add(leaf(OTHER, "2010302", PROJECT, "30399", P_POVERTY, null, "0.96", explicit(
                part(9, 27, "拨付帮扶村困难群众救助款（中秋）"), part(12, 24, "拨付帮扶村困难群众救助款（岁末）"))));

        // 项目支出 on 2010302 一般行政管理事务, the six evaluated projects first
        l.add(fixedProject("2010302", P_BIZ_EVAL, "30227", ProcurementCategory.SERVICES, "97320.00", false, false,
                explicit(part(3, 19, "支付2023年度全省营商环境企业群众满意度调查业务委托费尾款"))));
        l.add(fixedProject("2010302", P_BIZ_EVAL, "30227", ProcurementCategory.SERVICES, "382410.00", false, false,
                explicit(fixedPart(9, 12, 15_000_000, "支付“十五五”期间优化山西营商环境的思路和重点举措研究课题首笔费用"),
                        fixedPart(11, 15, 15_000_000, "支付山西营商环境重点指标体系研究课题首笔费用"),
                        part(12, 17, "支付山西新型政商关系的影响因素及改善研究课题费用尾款"))));

        l.add(fixedProject("2010302", P_INFO, "30227", ProcurementCategory.SERVICES, "520000.00", true, true,
                explicit(part(6, 14, "支付网络安全评估服务费"), part(8, 16, "支付数据安全评估服务费"))));
        l.add(project("2010302", P_INFO, "30227", ProcurementCategory.SERVICES, "96.501", explicit(
                part(4, 12, "支付2023年度云资源使用情况评估服务尾款"), part(10, 25, "支付政务信息系统使用效能评估首付款"),
                part(12, 10, "支付云服务评估服务费"))));
        l.add(project("2010302", P_INFO, "30226", null, "7.60", invoices(5, 3, 12, "支付政务信息化项目竣工验收评审专家劳务费",
                "支付新建政务信息化项目评审专家劳务费")));
        l.add(project("2010302", P_INFO, "30211", null, "5.30", invoices(5, 4, 11, "报销赴国办政务办汇报工作差旅费",
                "报销赴贵州学习调研差旅费", "报销赴海口参会差旅费", "报销赴运城调研督导差旅费", "报销赴大同调研督导差旅费")));
        l.add(project("2010302", P_INFO, "30215", null, "3.50", explicit(part(7, 9, "召开政务信息化项目评审会会务费"),
                part(11, 26, "召开数字政府建设工作推进会会务费"))));

        l.add(fixedProject("2010302", P_OPS, "30227", ProcurementCategory.SERVICES, "659775.00", true, true,
                explicit(part(12, 20, "支付公共资源交易平台数据治理服务合同款（合同金额95%）"))));
        l.add(project("2010302", P_OPS, "30227", ProcurementCategory.SERVICES, "20.00", explicit(
                part(5, 28, "支付电子档案服务费（首付款）"), part(9, 23, "支付电子档案服务费（进度款）"),
                part(12, 16, "支付电子档案服务费（尾款）"))));
        l.add(project("2010302", P_OPS, "30211", null, "18.436", invoices(12, 1, 12, "报销公共资源交易管理处调研差旅费",
                "报销赴市级公共资源交易平台督导差旅费", "报销局办公室业务差旅费")));
        l.add(project("2010302", P_OPS, "30201", null, "22.3675", invoices(7, 1, 12, "购买办公用品（补充公用经费）",
                "购买档案装具", "购买办公耗材（补充公用经费）")));
        l.add(project("2010302", P_OPS, "30202", null, "11.45", invoices(4, 3, 12, "印制公共资源交易工作资料",
                "印制档案管理制度汇编", "印刷业务表单")));

        l.add(project("2010302", P_TASKFORCE, "30201", null, "24.50", invoices(6, 1, 9, "专班购买办公用品",
                "专班办公耗材", "专班资料打印装订")));
        l.add(project("2010302", P_TASKFORCE, "30211", null, "18.63", invoices(14, 1, 12, "专班赴省直部门调研服务差旅费",
                "专班赴市调研督导差旅费", "专班入企服务差旅费")));
        l.add(project("2010302", P_TASKFORCE, "30202", null, "12.00", invoices(3, 4, 11, "印制营商环境宣传材料",
                "印制经营主体深化年行动计划")));
        l.add(project("2010302", P_TASKFORCE, "30226", null, "20.50", monthly(25, m -> "专班抽调人员" + m + "月工作补助（劳务费）")));
        l.add(project("2010302", P_TASKFORCE, "30299", null, "11.80", invoices(4, 2, 12, "专班宣传费用", "专班其他日常运行支出")));
        l.add(fixedProject("2010302", P_TASKFORCE, "31002", ProcurementCategory.GOODS, "10000.00", false, false,
                explicit(part(3, 14, "专班采购办公设备（协议供货）"))));

        l.add(fixedProject("2010302", P_TRAINING, "30216", null, "529540.00", false, false, explicit(
                fixedPart(5, 20, 41_754_000, "“干部履职能力提升”专题培训班费用（5月12日至18日，97人）"),
                part(11, 25, "“党务干部专业能力提升”培训班费用（11月19日至21日，75人）"))));
        l.add(project("2010302", P_TRAINING, "30215", null, "31.445", explicit(part(6, 18, "召开全省政务服务工作会议会务费"),
                part(9, 10, "召开“高效办成一件事”推进会会务费"), part(11, 12, "召开全省数字政府建设工作会议会务费"),
                part(12, 11, "召开营商环境工作推进会会务费"))));
        l.add(fixedProject("2050803", P_TRAINING, "30216", null, "340000.00", false, false, explicit(
                fixedPart(10, 23, 32_321_500, "“着力提升政务服务水平，助力营商环境持续优化”专题培训班（第一期，10月14日至19日，101人）"),
                part(10, 30, "行政审批系统职工综合能力提升培训教材及资料费"))));

        l.add(project("2010302", P_CERTS, "30202", ProcurementCategory.SERVICES, "182.984", explicit(
                part(12, 5, "支付空白证照印制第一包首批款（验收合格）"))));
        l.add(fixedProject("2010302", P_CERTS, "30202", ProcurementCategory.SERVICES, "1680000.00", true, true,
                explicit(part(12, 6, "支付空白证照印制第二包首批款（验收合格）"))));
        l.add(fixedProject("2010302", P_CERTS, "30202", ProcurementCategory.SERVICES, "1520000.00", true, false,
                explicit(part(12, 9, "支付空白证照印制第三包首批款（验收合格）"))));

        // the other projects of 2010302
        l.add(fixedProject("2010302", P_CAPACITY, "30227", ProcurementCategory.SERVICES, "2478925.00", true, true,
                explicit(part(7, 25, "支付“高效办成一件事”业务梳理服务费"), part(10, 28, "支付政务服务事项标准化服务费"),
                        part(12, 19, "支付政务服务“好差评”第三方评价服务费"))));
        l.add(project("2010302", P_CAPACITY, "30227", ProcurementCategory.SERVICES, "712.1075", explicit(
                part(6, 26, "支付12345政务服务便民热线话务外包服务费（上半年）"), part(9, 19, "支付12345热线话务外包服务费（三季度）"),
                part(12, 23, "支付12345热线话务外包服务费（四季度）"), part(11, 28, "支付政务服务效能监测服务费"))));
        l.add(project("2010302", P_CAPACITY, "30213", ProcurementCategory.SERVICES, "92.90", explicit(
                part(8, 27, "支付政务服务一体化终端运维费"), part(12, 12, "支付政务服务大厅智能化设备运维费"))));
        l.add(project("2010302", P_CAPACITY, "30226", null, "30.00", invoices(4, 6, 12, "支付政务服务标准化评审专家劳务费")));
        l.add(project("2010302", P_HALL, "30209", ProcurementCategory.SERVICES, "68.40", explicit(
                part(3, 29, "支付政务服务大厅一季度物业管理费"), part(6, 28, "支付政务服务大厅二季度物业管理费"),
                part(9, 27, "支付政务服务大厅三季度物业管理费"), part(12, 26, "支付政务服务大厅四季度物业管理费"))));
        l.add(project("2010302", P_HALL, "30206", null, "25.60", monthly(18, m -> "支付政务服务大厅" + m + "月电费")));
        l.add(project("2010302", P_HALL, "30205", null, "6.00", explicit(part(6, 20, "支付政务服务大厅上半年水费"),
                part(12, 20, "支付政务服务大厅下半年水费"))));
        l.add(project("2010302", P_HALL, "30213", null, "10.00", invoices(3, 4, 11, "政务服务大厅设施维修", "大厅叫号系统维护")));
        l.add(project("2010302", P_TRADING, "30213", ProcurementCategory.SERVICES, "73.312", explicit(
                part(6, 25, "支付公共资源交易平台上半年运维费"), part(12, 25, "支付公共资源交易平台下半年运维费"))));

        // 2010399: the provincial government cloud and the online service platform
        l.add(project("2010399", P_CLOUD, "30227", ProcurementCategory.SERVICES, "38735.08", explicit(
                part(4, 26, "支付省级政务云平台资源购买服务费（2024年一季度）"), part(5, 30, "支付省级政务云平台资源服务费（补充资源）"),
                part(7, 30, "支付省级政务云平台资源购买服务费（2024年二季度）"), part(10, 29, "支付省级政务云平台资源购买服务费（2024年三季度）"),
                part(11, 27, "支付省级政务云平台安全服务费"), part(12, 27, "支付省级政务云平台资源购买服务费（2024年四季度）"))));
        l.add(fixedProject("2010399", P_PLATFORM, "30213", ProcurementCategory.SERVICES, "696000.00", true, false,
                explicit(part(8, 22, "支付三晋通APP运维服务费"), part(12, 18, "支付统一身份认证系统运维服务费"))));
        l.add(project("2010399", P_PLATFORM, "30213", ProcurementCategory.SERVICES, "243.06", explicit(
                part(6, 21, "支付一体化在线政务服务平台上半年运维费"), part(12, 24, "支付一体化在线政务服务平台下半年运维费"))));

        // 2013299: 党建 work, paid in exact budgeted amounts
        l.add(fixedProject("2013299", P_PARTY, "30201", null, "32000.00", false, false,
                invoices(3, 3, 11, "购买党建学习资料", "党员活动室办公用品")));
        l.add(fixedProject("2013299", P_PARTY, "30215", null, "28000.00", false, false,
                explicit(part(7, 1, "召开机关党建工作会议会务费"))));
        l.add(fixedProject("2013299", P_PARTY, "30216", null, "45000.00", false, false,
                explicit(part(6, 13, "机关党员干部党性教育培训费"), part(11, 7, "机关党支部书记培训费"))));
        l.add(fixedProject("2013299", P_PARTY, "30299", null, "75000.00", false, false,
                invoices(4, 3, 12, "开展主题党日活动", "党建品牌创建活动费", "机关党建宣传费")));
        return l;
    }

    // --------------------------------------------------------------------------------------------- the budget

    private void budget() {
        LocalDate jan = BusinessCalendar.onOrAfter(YEAR, 1, 2);
        // 年初预算 (一般公共预算): 201 2,122.88; 205 0; 208 119.37; 210 54.66 = 2,296.91
        initial(jan, "2010301", PERSONNEL, "", null, "5523000.00", "2024年部门预算：行政运行人员经费");
        initial(jan, "2010301", PUBLIC, "", null, "1310000.00", "2024年部门预算：行政运行日常公用经费");
        initial(jan, "2010301", PUBLIC, "", "30231", "31980.00", "2024年部门预算：公务用车运行维护费（三公经费）");
        initial(jan, "2010301", PUBLIC, "", "30217", "3760.00", "2024年部门预算：公务接待费（三公经费）");
        initial(jan, "2010302", PROJECT, P_BIZ_EVAL, null, "1000000.00", "2024年部门预算：" + P_BIZ_EVAL);
        initial(jan, "2010302", PROJECT, P_INFO, null, "2500000.00", "2024年部门预算：" + P_INFO);
        initial(jan, "2010302", PROJECT, P_OPS, "30227", "500000.00", "2024年部门预算：" + P_OPS + "（平台评价考核及电子档案委托业务）");
        initial(jan, "2010302", PROJECT, P_OPS, "30211", "260000.00", "2024年部门预算：" + P_OPS + "（差旅费）");
        initial(jan, "2010302", PROJECT, P_OPS, "30201", "240000.00", "2024年部门预算：" + P_OPS + "（办公费）");
        initial(jan, "2010302", PROJECT, P_OPS, "30202", "140000.00", "2024年部门预算：" + P_OPS + "（印刷费）");
        initial(jan, "2010302", PROJECT, P_OPS, "30213", "120000.00", "2024年部门预算：" + P_OPS + "（维修费）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "30201", "600000.00", "2024年部门预算：专班运行经费（办公费）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "30229", "50000.00", "2024年部门预算：专班运行经费（福利费）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "30211", "340000.00", "2024年部门预算：专班运行经费（差旅费）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "30202", "150000.00", "2024年部门预算：专班运行经费（印刷费）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "30226", "220000.00", "2024年部门预算：专班运行经费（劳务费）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "30299", "120000.00", "2024年部门预算：专班运行经费（宣传及其他）");
        initial(jan, "2010302", PROJECT, P_TASKFORCE, "31002", "20000.00", "2024年部门预算：专班运行经费（办公设备购置）");
        initial(jan, "2010302", PROJECT, P_TRAINING, null, "800000.00", "2024年部门预算：" + P_TRAINING);
        initial(jan, "2010302", PROJECT, P_CERTS, null, "4330000.00", "2024年部门预算：" + P_CERTS);
        initial(jan, "2010302", PROJECT, P_HALL, null, "1200000.00", "2024年部门预算：" + P_HALL);
        initial(jan, "2010302", PROJECT, P_TRADING, null, "1590060.00", "2024年部门预算：" + P_TRADING);
        initial(jan, "2013299", PROJECT, P_PARTY, null, "180000.00", "2024年部门预算：" + P_PARTY);
        initial(jan, "2080501", PERSONNEL, "", null, "300000.00", "2024年部门预算：行政单位离退休（退休费）");
        initial(jan, "2080505", PERSONNEL, "", null, "595800.00", "2024年部门预算：机关事业单位基本养老保险缴费");
        initial(jan, "2080506", PERSONNEL, "", null, "297900.00", "2024年部门预算：职业年金缴费");
        initial(jan, "2100799", PERSONNEL, "", null, "140000.00", "2024年部门预算：独生子女父母退休一次性奖励");
        initial(jan, "2101101", PERSONNEL, "", null, "325600.00", "2024年部门预算：行政单位医疗");
        initial(jan, "2101103", PERSONNEL, "", null, "81000.00", "2024年部门预算：公务员医疗补助");
        // the unit budgets its own 其他收入 too (not part of the 一般公共预算 年初预算 of the explanations)
        budgetLine("budget", jan, OTHER, "2010301", PUBLIC, "", null, "7000.00", "2024年部门预算：其他收入安排的日常公用支出");
        budgetLine("budget", jan, OTHER, "2010302", PROJECT, P_POVERTY, null, "10000.00", "2024年部门预算：" + P_POVERTY);

        // during the year
        addition(day(3, 15), "2010399", P_CLOUD, "392600000.00", "晋财行〔2024〕31号", "追加省级政务云平台资源购买服务经费");
        addition(day(3, 15), "2010399", P_PLATFORM, "3200000.00", "晋财行〔2024〕31号", "追加一体化在线政务服务平台运维费");
        addition(day(5, 24), "2010302", P_CAPACITY, "11000000.00", "晋财行〔2024〕57号", "追加政务服务能力提升工作经费（新增项目）");
        addition(day(4, 26), "2050803", P_TRAINING, "340000.00", "晋财行〔2024〕44号", "追加行政审批系统职工综合能力提升培训经费");
        addPersonnel(day(6, 28), "2080501", "45000.00", "晋财行〔2024〕69号", "追加退休人员增加补贴");
        addPersonnel(day(6, 28), "2100799", "5000.00", "晋财行〔2024〕69号", "追加独生子女父母退休一次性奖励");
        addition(day(9, 20), "2010302", P_CERTS, "2370000.00", "晋财行〔2024〕102号", "追加空白证照购置印刷经费（印制需求增加）");
        transfer(day(9, 24), "2010302", P_INFO, null, "2010302", P_TRAINING, null, "41600.00", "晋财行〔2024〕105号",
                "调剂政务信息化工作经费用于全省数字政府建设培训");
        addition(day(10, 10), "2010302", P_TRAINING, "74400.00", "晋财行〔2024〕109号", "追加专项培训(会议)经费");
        transfer(day(10, 15), "2010302", P_TASKFORCE, "30229", "2010302", P_OPS, "30227", "50000.00", "晋财行〔2024〕112号",
                "专班运行经费福利费调剂至行政运行及业务工作经费委托业务费（公共资源交易平台数据治理）");
        transfer(day(10, 15), "2010302", P_TASKFORCE, "30201", "2010302", P_OPS, "30227", "350000.00", "晋财行〔2024〕112号",
                "专班运行经费办公费调剂至行政运行及业务工作经费委托业务费（公共资源交易平台数据治理）");
    }

    private void initial(LocalDate date, String function, SpendingKind kind, String project, String economic,
                         String yuan, String memo) {
        budgetLine("budget", date, GB, function, kind, project, economic, yuan, memo);
    }

    private void budgetLine(String type, LocalDate date, Fund fund, String function, SpendingKind kind,
                            String project, String economic, String yuan, String memo) {
        lines.add(JournalLine.of(type, date, 1).set("voucher", nextTemp()).set("memo", memo)
                .set("fund", fund.label()).set("function", function).set("kind", kind.label())
                .set("project", project).set("economic", economic).set("amount", yuan).build());
    }

    private void addition(LocalDate date, String function, String project, String yuan, String document, String memo) {
        lines.add(JournalLine.of("adjust", date, 2).set("voucher", nextTemp()).set("memo", memo)
                .set("adjustment", "追加").set("fund", GB.label()).set("function", function)
                .set("kind", PROJECT.label()).set("project", project).set("amount", yuan).set("document", document).build());
    }

    private void addPersonnel(LocalDate date, String function, String yuan, String document, String memo) {
        lines.add(JournalLine.of("adjust", date, 2).set("voucher", nextTemp()).set("memo", memo)
                .set("adjustment", "追加").set("fund", GB.label()).set("function", function)
                .set("kind", PERSONNEL.label()).set("amount", yuan).set("document", document).build());
    }

    private void transfer(LocalDate date, String fromFunction, String fromProject, String fromEconomic,
                          String function, String project, String economic, String yuan, String document, String memo) {
        lines.add(JournalLine.of("adjust", date, 2).set("voucher", nextTemp()).set("memo", memo)
                .set("adjustment", "调剂").set("fund", GB.label()).set("function", function)
                .set("kind", PROJECT.label()).set("project", project).set("economic", economic)
                .set("from_fund", GB.label()).set("from_function", fromFunction).set("from_kind", PROJECT.label())
                .set("from_project", fromProject).set("from_economic", fromEconomic)
                .set("amount", yuan).set("document", document).build());
    }

    // ----------------------------------------------------------------------------------------------- building

    private List<JournalLine> build() {
        List<Leaf> leaves = leaves();
        // fiscal income by 功能科目 as printed in 02, the non-fiscal 其他收入, and the opening balances
        Map<String, String> appropriations = new LinkedHashMap<>();
        appropriations.put("2010301", "683.81");
        appropriations.put("2010302", "2203.76");
        appropriations.put("2010399", "39572.74");
        appropriations.put("2013299", "18.00");
        appropriations.put("2050803", "34.00");
        appropriations.put("2080501", "34.24");
        appropriations.put("2080505", "58.68");
        appropriations.put("2080506", "29.34");
        appropriations.put("2100799", "14.20");
        appropriations.put("2101101", "28.17");
        appropriations.put("2101103", "6.72");
        List<Object[]> openings = List.of(new Object[]{GB, "2010301", "25.00"}, new Object[]{GB, "2010302", "230.00"},
                new Object[]{GB, "2010399", "28.11"}, new Object[]{OTHER, "2010301", "4.50"},
                new Object[]{OTHER, "2010302", "1.62"});

        FenSolver solver = new FenSolver();
        List<Var> vars = new ArrayList<>();
        for (Leaf leaf : leaves) {
            vars.add(new Var('E', leaf.fund(), leaf.function(), leaf.kind(), leaf.economic(), leaf.project(), leaf.procurement()));
            solver.variable(leaf.function() + "/" + leaf.economic() + "/" + leaf.project(), leaf.nominal() - leaf.slack(),
                    leaf.nominal() + leaf.slack(), leaf.nominal());
        }
        for (Map.Entry<String, String> a : appropriations.entrySet()) {
            long v = wan(a.getValue());
            vars.add(new Var('A', GB, a.getKey(), null, null, null, null));
            solver.variable("拨款 " + a.getKey(), v - 4999, v + 4999, v);
        }
        vars.add(new Var('I', OTHER, "2010301", null, null, null, null));
        solver.variable("其他收入 2010301", wan("0.69") - 4999, wan("0.69") + 4999, wan("0.69"));
        for (Object[] o : openings) {
            long v = wan((String) o[2]);
            vars.add(new Var('O', (Fund) o[0], (String) o[1], null, null, null, null));
            solver.variable("年初 " + o[0] + " " + o[1], v - 9999, v + 9999, v);
        }
        addConstraints(solver, vars);
        long[] amounts = solver.solve(SEED, 200_000);

        // the year's lines
        openYear(vars, amounts);
        budget();
        Map<String, long[]> spendingByFunctionMonth = new TreeMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            pay(leaves.get(i), amounts[i], spendingByFunctionMonth);
        }
        int a = leaves.size();
        for (String function : appropriations.keySet()) {
            appropriate(function, amounts[a++], spendingByFunctionMonth.get(function));
        }
        otherIncome(amounts[a]);
        yearEnd();
        return finish();
    }

    private void openYear(List<Var> vars, long[] amounts) {
        LocalDate d = LocalDate.of(YEAR, 1, 2);
        lines.add(JournalLine.of("open-year", d, 0).set("voucher", "开账-2024").set("memo", "开设2024年度账簿，结转上年结转和结余")
                .set("unit_name", "山西省行政审批服务管理局").set("department_code", "229")
                .set("department_name", "山西省行政审批服务管理局").set("unit_type", "行政单位").build());
        for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            if (v.type() == 'O') {
                lines.add(JournalLine.of("opening", d, 0).set("voucher", "开账-2024")
                        .set("memo", v.fund().isFiscal() ? "上年财政拨款结转（" + v.function() + "）" : "上年非财政拨款结余（" + v.function() + "）")
                        .set("fund", v.fund().label()).set("function", v.function()).set("amount", yuan(amounts[i])).build());
            }
        }
    }

    private void pay(Leaf leaf, long total, Map<String, long[]> spendingByFunctionMonth) {
        List<Payment> payments = leaf.spread().split(total, random);
        for (Payment p : payments) {
            if (p.amount() <= 0) {
                throw new IllegalStateException("non-positive payment in " + leaf);
            }
            if (leaf.fund() == GB) {
                spendingByFunctionMonth.computeIfAbsent(leaf.function(), k -> new long[13])[p.date().getMonthValue()] += p.amount();
            }
            JournalLine.Builder b = expense(leaf, p.date(), p.amount(), p.memo());
            lines.add(b.build());
        }
        plantCorrections(leaf, payments);
    }

    private JournalLine.Builder expense(Leaf leaf, LocalDate date, long amount, String memo) {
        JournalLine.Builder b = JournalLine.of("expense", date, 4).set("voucher", nextTemp()).set("memo", memo)
                .set("fund", leaf.fund().label()).set("function", leaf.function()).set("economic", leaf.economic())
                .set("kind", leaf.kind().label()).set("project", leaf.project()).set("amount", yuan(amount));
        if (leaf.procurement() != null) {
            b.set("procurement", leaf.procurement().label());
            if (leaf.sme()) {
                b.set("sme_amount", yuan(amount));
            }
            if (leaf.smallMicro()) {
                b.set("small_micro_amount", yuan(amount));
            }
        }
        return b;
    }

    /**
     * Three errors an auditor will find corrected in the books: a 办公费 invoice first booked as 印刷费, a travel
     * claim booked twice, and an expert fee booked on the wrong project. Each wrong entry is reversed (never edited)
     * and, where it was a real payment, booked again correctly — which is the leaf's own payment.
     */
    private void plantCorrections(Leaf leaf, List<Payment> payments) {
        if (leaf.fund() != GB) {
            return;
        }
        Leaf wrong = null;
        String reason = null;
        boolean duplicate = false;
        if (leaf.kind() == PUBLIC && "30201".equals(leaf.economic())) {
            wrong = new Leaf(GB, "2010301", PUBLIC, "30202", "", null, 0, 0, false, false, null);
            reason = "经济科目记错：购买办公用品应列办公费（30201），误列印刷费（30202）";
        } else if (leaf.kind() == PUBLIC && "30211".equals(leaf.economic())) {
            wrong = leaf;
            reason = "重复记账：同一差旅费报销单已于前一凭证入账";
            duplicate = true;
        } else if (P_INFO.equals(leaf.project()) && "30226".equals(leaf.economic())) {
            wrong = new Leaf(GB, "2010302", PROJECT, "30226", P_TASKFORCE, null, 0, 0, false, false, null);
            reason = "项目记错：评审专家劳务费属政务信息化工作经费，误列专班运行经费";
        }
        if (wrong == null) {
            return;
        }
        Payment victim = payments.stream().filter(p -> p.date().getMonthValue() >= 3).findFirst().orElse(payments.get(0));
        String wrongVoucher = nextTemp();
        JournalLine wrongLine = expense(wrong, victim.date(), victim.amount(), victim.memo()).set("voucher", wrongVoucher).build();
        LocalDate fixDate = BusinessCalendar.nextBusinessDay(victim.date());
        lines.add(wrongLine);
        lines.add(JournalLine.of("reverse", fixDate, 4).set("voucher", nextTemp()).set("memo", "冲销" + (duplicate ? "重复" : "错误") + "凭证：" + victim.memo())
                .set("reversed_voucher", wrongVoucher).set("reason", reason).build());
        if (!duplicate) {
            // the correct booking is the leaf's payment itself, recorded after the reversal
            lines.removeIf(l -> l.get("type").equals("expense") && l.date().equals(victim.date())
                    && l.get("memo").equals(victim.memo()) && l.get("amount").equals(yuan(victim.amount()))
                    && l.get("economic").equals(leaf.economic()) && l.get("project").equals(leaf.project()));
            lines.add(expense(leaf, fixDate, victim.amount(), victim.memo() + "（更正后重新入账）").build());
        }
    }

    /**
     * 国库集中支付: each month's appropriation on a 功能科目 arrives on the month's first business day and follows the
     * payments, so that what was appropriated up to any month covers, in proportion, what was paid up to it
     * (cumulative amounts rounded up to the yuan, the last month taking the rest).
     */
    private void appropriate(String function, long total, long[] byMonth) {
        long spent = 0;
        for (int m = 1; m <= 12; m++) {
            spent += byMonth[m];
        }
        int lastMonth = 12;
        while (byMonth[lastMonth] == 0) {
            lastMonth--;
        }
        long cumulativeSpent = 0;
        long given = 0;
        for (int m = 1; m <= lastMonth; m++) {
            cumulativeSpent += byMonth[m];
            long due = m == lastMonth ? total : Math.min(total, ceilYuan(BigDecimal.valueOf(total)
                    .multiply(BigDecimal.valueOf(cumulativeSpent))
                    .divide(BigDecimal.valueOf(spent), 0, java.math.RoundingMode.CEILING).longValue()));
            long amount = due - given;
            if (amount <= 0) {
                continue;
            }
            given = due;
            lines.add(JournalLine.of("appropriation", BusinessCalendar.onOrAfter(YEAR, m, 1), 3).set("voucher", nextTemp())
                    .set("memo", "收到" + m + "月财政授权支付额度（" + function + "）")
                    .set("fund", GB.label()).set("function", function).set("amount", yuan(amount)).build());
        }
    }

    private static long ceilYuan(long fen) {
        return (fen + 99) / 100 * 100;
    }

    private void otherIncome(long total) {
        long[] parts = split(total, new double[]{1.1, 0.9, 1.0, 1.2}, random);
        int[] months = {3, 6, 9, 12};
        for (int q = 0; q < 4; q++) {
            lines.add(JournalLine.of("income", BusinessCalendar.onOrAfter(YEAR, months[q], 21), 3).set("voucher", nextTemp())
                    .set("memo", "收到" + (q + 1) + "季度银行存款利息").set("fund", OTHER.label()).set("function", "2010301")
                    .set("amount", yuan(parts[q])).build());
        }
    }

    private void yearEnd() {
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        lines.add(JournalLine.of("assets", end, 6).set("voucher", "资产-2024").set("memo", "2024年末国有资产占用情况（车辆）").build());
        for (String use : List.of("主要负责人用车", "机要通信用车", "应急保障用车")) {
            lines.add(JournalLine.of("vehicle", end, 6).set("voucher", "资产-2024").set("memo", "年末" + use)
                    .set("vehicle_use", use).set("quantity", 1).build());
        }
        Performance.all().forEach(p -> p.write(lines, end));
        lines.add(JournalLine.of("close-year", end, 9).set("voucher", "结账-2024").set("memo", "2024年度结账，计算年末结转和结余").build());
    }

    private List<JournalLine> finish() {
        List<JournalLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(JournalLine::date).thenComparingInt(JournalLine::order));
        Map<String, String> real = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        for (JournalLine l : sorted) {
            String temp = l.get("voucher");
            if (!temp.startsWith("@")) {
                continue;
            }
            String prefix = switch (l.get("type")) {
                case "budget" -> "预算-2024-";
                case "adjust" -> "调整-2024-";
                default -> String.format("记-%d%02d-", YEAR, l.date().getMonthValue());
            };
            int n = counters.merge(prefix, 1, Integer::sum);
            String voucher = prefix + String.format(prefix.startsWith("记") ? "%04d" : "%03d", n);
            real.put(temp, voucher);
            l.values().put("voucher", voucher);
        }
        for (JournalLine l : sorted) {
            if (l.get("type").equals("reverse")) {
                l.values().put("reversed_voucher", real.get(l.get("reversed_voucher")));
            }
        }
        return sorted;
    }

    private String nextTemp() {
        return "@" + (++tempVoucher);
    }

    // ----------------------------------------------------------------------------------------- constraints

    /** Every printed money figure of the seed, as a signed sum of variables that must round to it. */
    private static void addConstraints(FenSolver solver, List<Var> vars) {
        Map<String, String> printed = new HashMap<>();
        for (CSVRecord r : readSeed()) {
            printed.put(r.get("table") + "|" + r.get("row") + "|" + r.get("name") + "|" + r.get("column"), r.get("value_wan_yuan"));
        }
        for (CSVRecord r : readSeed()) {
            rateConstraint(solver, vars, r, printed);
            String table = r.get("table");
            String value = r.get("value_wan_yuan");
            String key = table + "|" + r.get("row") + "|" + r.get("name") + "|" + r.get("column");
            if (value.isEmpty() || value.equals("——") || KNOWN_INFEASIBLE.contains(key)) {
                continue;
            }
            Map<Integer, Integer> form = form(table, r.get("row"), r.get("name"), r.get("column"), vars);
            if (form == null) {
                continue;
            }
            int decimals = table.equals("绩效自评") ? 3 : 2;
            long centre = new BigDecimal(value).movePointRight(6).longValueExact();
            long half = decimals == 3 ? 500 : 5000;
            solver.constrain(key, form, centre - half, centre + half);
        }
        // no 功能科目 of any fund may close the year below zero: money is spent only once it was there
        Set<String> pockets = new java.util.TreeSet<>();
        vars.forEach(v -> pockets.add(v.fund().name() + "/" + v.function()));
        for (String pocket : pockets) {
            Predicate<Var> here = v -> (v.fund().name() + "/" + v.function()).equals(pocket);
            solver.constrain("年末结转和结余 " + pocket + " ≥ 0", sum(vars, here.and(v -> v.type() != 'E'),
                    here.and(v -> v.type() == 'E')), 0, Long.MAX_VALUE / 4);
        }
        // the publication's text: non-fiscal money closes 6.12 + 0.69 − 1.65 = 5.16
        solver.constrain("非财政 年初 6.12", sum(vars, v -> v.type() == 'O' && !v.fund().isFiscal(), v -> false), wan("6.12") - 5000, wan("6.12") + 5000);
        solver.constrain("非财政 支出 1.65", sum(vars, v -> v.type() == 'E' && !v.fund().isFiscal(), v -> false), wan("1.65") - 5000, wan("1.65") + 5000);
        solver.constrain("非财政 年末 5.16", sum(vars, v -> !v.fund().isFiscal() && v.type() != 'E',
                v -> v.type() == 'E' && !v.fund().isFiscal()), wan("5.16") - 5000, wan("5.16") + 5000);
    }

    /**
     * A printed rate whose denominator is a fixed budget figure is a linear condition on its numerator: 完成年初预算%
     * (spending of a 类 against its 年初预算) and a project's 执行率% (execution against its 全年预算).
     */
    private static void rateConstraint(FenSolver solver, List<Var> vars, CSVRecord r, Map<String, String> printed) {
        String table = r.get("table");
        String name = r.get("name");
        String budget;
        Map<Integer, Integer> numerator;
        if (table.equals("说明") && r.get("row").equals("完成年初预算%")) {
            budget = printed.get("说明|一般公共预算财政拨款年初预算|" + name + "|value");
            String category = name.equals("合计") ? "" : name.substring(0, 3);
            numerator = sum(vars, v -> v.type() == 'E' && v.fund() == GB && v.function().startsWith(category), v -> false);
        } else if (table.equals("绩效自评") && r.get("column").equals("执行率%")) {
            budget = printed.get("绩效自评|" + r.get("row") + "|" + name + "|全年预算数");
            numerator = sum(vars, v -> v.type() == 'E' && v.project().equals(r.get("row")), v -> false);
        } else {
            return;
        }
        BigDecimal whole = new BigDecimal(budget).movePointRight(6);
        BigDecimal rate = new BigDecimal(r.get("value_wan_yuan"));
        BigDecimal half = new BigDecimal("0.005");
        long lo = whole.multiply(rate.subtract(half)).movePointLeft(2).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        long hi = whole.multiply(rate.add(half)).movePointLeft(2).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
        solver.constrain(table + "|" + r.get("row") + "|" + name + " rate " + rate, numerator, lo, hi);
    }

    /** The signed sum behind one printed cell, by docs/table-rules.md; null when the cell is not a money sum. */
    static Map<Integer, Integer> form(String table, String row, String name, String column, List<Var> vars) {
        Predicate<Var> exp = v -> v.type() == 'E';
        Predicate<Var> inc = v -> v.type() == 'A' || v.type() == 'I';
        Predicate<Var> open = v -> v.type() == 'O';
        Predicate<Var> none = v -> false;
        Predicate<Var> fiscal = v -> v.fund().isFiscal();
        switch (table) {
            case "01" -> {
                int r = Integer.parseInt(row);
                if (r == 1) return sum(vars, v -> v.type() == 'A' && v.fund() == GB, none);
                if (r == 8) return sum(vars, v -> v.type() == 'I', none);
                if (r == 27) return sum(vars, inc, none);
                if (r == 29) return sum(vars, open, none);
                if (r == 31 || r == 62) return sum(vars, inc.or(open), none);
                if (r >= 32 && r <= 57) return sum(vars, exp.and(v -> v.function().startsWith(CATEGORIES.get(r - 32))), none);
                if (r == 58) return sum(vars, exp, none);
                if (r == 60) return sum(vars, inc.or(open), exp);
                return null;
            }
            case "02" -> {
                Predicate<Var> under = under(row);
                return switch (column) {
                    case "本年收入合计" -> sum(vars, inc.and(under), none);
                    case "财政拨款收入" -> sum(vars, inc.and(under).and(fiscal), none);
                    case "其他收入" -> sum(vars, inc.and(under).and(v -> v.fund() == OTHER), none);
                    default -> null;
                };
            }
            case "03", "05" -> {
                Predicate<Var> base = exp.and(under(row)).and(table.equals("05") ? v -> v.fund() == GB : v -> true);
                return switch (column) {
                    case "本年支出合计", "小计" -> sum(vars, base, none);
                    case "基本支出" -> sum(vars, base.and(v -> v.kind().isBasic()), none);
                    case "项目支出" -> sum(vars, base.and(v -> v.kind() == PROJECT), none);
                    default -> null;
                };
            }
            case "04" -> {
                int r = Integer.parseInt(row);
                Predicate<Var> col = column.equals("一般公共预算财政拨款") || column.equals("收入金额") || column.equals("合计")
                        ? fiscal.and(v -> column.equals("一般公共预算财政拨款") ? v.fund() == GB : true) : none;
                if (r == 1 || r == 27) return sum(vars, inc.and(fiscal), none);
                if (r == 28 || r == 29) return sum(vars, open.and(fiscal), none);
                if (r == 32) return sum(vars, inc.or(open).and(fiscal), none);
                if (r >= 33 && r <= 58) return sum(vars, exp.and(col).and(v -> v.function().startsWith(CATEGORIES.get(r - 33))), none);
                if (r == 59) return sum(vars, exp.and(col), none);
                if (r == 60) return sum(vars, inc.or(open).and(col), exp.and(col));
                if (r == 64) return sum(vars, inc.or(open).and(col), none);
                return null;
            }
            case "06" -> {
                Predicate<Var> base = exp.and(v -> v.fund() == GB && v.kind().isBasic());
                if (row.equals("人员经费合计")) return sum(vars, base.and(SampleYearGenerator::personnelClass), none);
                if (row.equals("公用经费合计")) return sum(vars, base.and(v -> !personnelClass(v)), none);
                return sum(vars, base.and(v -> v.economic().startsWith(row)), none);
            }
            case "09" -> {
                if (!column.equals("决算数")) return null;
                Predicate<Var> base = exp.and(fiscal);
                return switch (row) {
                    case "合计" -> sum(vars, base.and(v -> Set.of("30212", "31013", "30913", "30231", "30217").contains(v.economic())), none);
                    case "公务用车购置及运行维护费小计" -> sum(vars, base.and(v -> Set.of("31013", "30913", "30231").contains(v.economic())), none);
                    case "公务用车运行维护费" -> sum(vars, base.and(v -> v.economic().equals("30231")), none);
                    case "公务接待费" -> sum(vars, base.and(v -> v.economic().equals("30217")), none);
                    default -> null;
                };
            }
            case "10" -> {
                return switch (row) {
                    case "1" -> sum(vars, exp.and(v -> v.procurement() != null), none);
                    case "2" -> sum(vars, exp.and(v -> v.procurement() == ProcurementCategory.GOODS), none);
                    case "4" -> sum(vars, exp.and(v -> v.procurement() == ProcurementCategory.SERVICES), none);
                    case "5" -> sum(vars, exp.and(fiscal).and(v -> v.kind() == PUBLIC), none);
                    default -> null;
                };
            }
            case "绩效自评" -> {
                return column.equals("全年执行数") ? sum(vars, exp.and(v -> v.project().equals(row)), none) : null;
            }
            case "说明" -> {
                Predicate<Var> base = exp.and(v -> v.fund() == GB && v.kind().isBasic());
                if (name.equals("人员经费")) return sum(vars, base.and(SampleYearGenerator::personnelClass), none);
                if (name.equals("公用经费")) return sum(vars, base.and(v -> !personnelClass(v)), none);
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean personnelClass(Var v) {
        return v.economic().startsWith("301") || v.economic().startsWith("303");
    }

    private static Predicate<Var> under(String row) {
        return v -> row.equals("合计") || v.function().startsWith(row);
    }

    private static Map<Integer, Integer> sum(List<Var> vars, Predicate<Var> plus, Predicate<Var> minus) {
        Map<Integer, Integer> terms = new LinkedHashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            if (plus.test(vars.get(i))) {
                terms.put(i, 1);
            } else if (minus.test(vars.get(i))) {
                terms.put(i, -1);
            }
        }
        return terms;
    }

    // ------------------------------------------------------------------------------------- leaf shorthands

    private static Leaf personnel(String function, String economic, String wan, Spread spread) {
        return leaf(GB, function, PERSONNEL, economic, "", null, wan, spread);
    }

    private static Leaf basic(String economic, String wan, Spread spread) {
        return leaf(GB, "2010301", PUBLIC, economic, "", null, wan, spread);
    }

    private static Leaf fixedBasic(String economic, String yuan, Spread spread) {
        return new Leaf(GB, "2010301", PUBLIC, economic, "", null, yuanToFen(yuan), 0, false, false, spread);
    }

    private static Leaf project(String function, String project, String economic, ProcurementCategory procurement,
                                String wan, Spread spread) {
        return leaf(GB, function, PROJECT, economic, project, procurement, wan, spread);
    }

    private static Leaf fixedProject(String function, String project, String economic, ProcurementCategory procurement,
                                     String yuan, boolean sme, boolean smallMicro, Spread spread) {
        return new Leaf(GB, function, PROJECT, economic, project, procurement, yuanToFen(yuan), 0, sme, smallMicro, spread);
    }

    private static Leaf leaf(Fund fund, String function, SpendingKind kind, String economic, String project,
                             ProcurementCategory procurement, String wan, Spread spread) {
        long nominal = wan(wan);
        long slack = Math.min(nominal / 3, 20_000);
        return new Leaf(fund, function, kind, economic, project, procurement, nominal, slack, false, false, spread);
    }

    // ------------------------------------------------------------------------------------------ spreads

    /** One payment a month on about the given day; weights shape the months (default: level with ±3% jitter). */
    private static Spread monthly(int day, IntFunction<String> memo, double... weights) {
        return (total, random) -> {
            double[] w = new double[12];
            for (int m = 0; m < 12; m++) {
                w[m] = (weights.length == 12 ? weights[m] : 1.0) * (0.97 + 0.06 * random.nextDouble());
            }
            long[] parts = split(total, w, random);
            List<Payment> out = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                if (parts[m] > 0) {
                    out.add(new Payment(BusinessCalendar.onOrAfter(YEAR, m + 1, day), parts[m], memo.apply(m + 1)));
                }
            }
            return out;
        };
    }

    /** Invoices of uneven size on random business days between two months, memos drawn from the list. */
    private static Spread invoices(int count, int fromMonth, int toMonth, String... memos) {
        return (total, random) -> {
            double[] w = new double[count];
            LocalDate[] dates = new LocalDate[count];
            for (int i = 0; i < count; i++) {
                w[i] = 0.4 + 1.2 * random.nextDouble();
                int month = fromMonth + (int) ((long) i * (toMonth - fromMonth + 1) / count);
                dates[i] = BusinessCalendar.onOrAfter(YEAR, month, 1 + random.nextInt(27));
            }
            long[] parts = split(total, w, random);
            List<Payment> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(new Payment(dates[i], parts[i], memos[random.nextInt(memos.length)]));
            }
            out.sort(Comparator.comparing(Payment::date));
            return out;
        };
    }

    /** A planned payment: fixed fen (≥ 0) or, with fen −1, a share of what the fixed ones leave. */
    private record Part(int month, int day, long fen, String memo) {
    }

    private static Part part(int month, int day, String memo) {
        return new Part(month, day, -1, memo);
    }

    private static Part fixedPart(int month, int day, long fen, String memo) {
        return new Part(month, day, fen, memo);
    }

    private static Spread explicit(Part... parts) {
        return (total, random) -> {
            long fixed = 0;
            int open = 0;
            for (Part p : parts) {
                if (p.fen() >= 0) {
                    fixed += p.fen();
                } else {
                    open++;
                }
            }
            double[] w = new double[open];
            for (int i = 0; i < open; i++) {
                w[i] = 0.7 + 0.6 * random.nextDouble();
            }
            long[] shares = open == 0 ? new long[0] : split(total - fixed, w, random);
            if (open == 0 && fixed != total) {
                throw new IllegalStateException("fixed parts " + fixed + " do not add up to " + total);
            }
            List<Payment> out = new ArrayList<>();
            int k = 0;
            for (Part p : parts) {
                long amount = p.fen() >= 0 ? p.fen() : shares[k++];
                out.add(new Payment(BusinessCalendar.onOrAfter(YEAR, p.month(), p.day()), amount, p.memo()));
            }
            return out;
        };
    }

    /**
     * Splits a fen total by weights. Most parts come out in whole yuan, as invoices usually do; the last part takes
     * what is left, fen included, so the parts add up to the total exactly.
     */
    static long[] split(long total, double[] weights, Random random) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
            }
        }
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                continue;
            }
            if (i == last) {
                parts[i] = total - given;
            } else {
                parts[i] = roundYuan(Math.round(total * weights[i] / sum), random.nextInt(10) < 7);
                given += parts[i];
            }
        }
        return parts;
    }

    private static long roundYuan(long fen, boolean wholeYuan) {
        return wholeYuan ? Math.max(100, Math.round(fen / 100.0) * 100) : Math.max(1, fen);
    }

    private static LocalDate day(int month, int day) {
        return BusinessCalendar.onOrAfter(YEAR, month, day);
    }

    static long wan(String wan) {
        return new BigDecimal(wan).movePointRight(6).longValueExact();
    }

    static long yuanToFen(String yuan) {
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
