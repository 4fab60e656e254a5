package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;

/**
 * A realistic journal of one unit-year for the import benchmark: opening balances, 年初预算 for basic and project
 * lines, monthly appropriations, a little other income, tens of thousands of expenditures across the catalog's
 * codes and a dozen projects (some of them 政府采购), budget transfers, reversals, performance self-evaluations,
 * asset facts and the year's closing. Budgets and appropriations are sized from the generated spending so that the
 * journal is accepted as a whole; the same seed gives the same journal.
 */
final class BenchmarkJournal {
    static final UnitCode UNIT = new UnitCode("999001");
    static final FiscalYear YEAR = new FiscalYear(2024);

    private static final FunctionCode ADMIN = FunctionCode.of("2010301");
    private static final FunctionCode GENERAL = FunctionCode.of("2010302");
    private static final FunctionCode OTHER_ADMIN = FunctionCode.of("2010399");
    private static final FunctionCode TRAINING = FunctionCode.of("2050803");
    private static final List<String> PERSONNEL = List.of("30101", "30102", "30103", "30107", "30113", "30199");
    private static final List<String> PUBLIC = List.of("30201", "30202", "30205", "30206", "30207", "30211", "30213",
            "30215", "30216", "30217", "30226", "30228", "30229", "30231", "30239", "30299");
    private static final List<String> PROJECT_ECONOMIC = List.of("30201", "30202", "30203", "30211", "30213", "30215",
            "30216", "30226", "30227", "30299", "31002", "31007");
    private static final List<String> PROJECTS = List.of("空白证照购置印刷", "政务信息化工作经费", "专项培训(会议)经费",
            "行政运行及业务工作经费", "省优化营商环境促进市场主体倍增工作专班运行经费", "政务服务中心运行维护",
            "12345热线运行经费", "电子证照系统建设", "审批服务标准化建设", "档案数字化加工", "政务大厅安保服务",
            "法律顾问服务");

    private final Random random = new Random(2024);

    private BenchmarkJournal() {
    }

    /** Commands whose CSV form has exactly {@code lines} data lines (a header line's detail lines count too). */
    static List<LedgerCommand> generate(int lines) {
        return new BenchmarkJournal().build(lines);
    }

    private List<LedgerCommand> build(int target) {
        int evaluations = PROJECTS.size();
        int otherLines = 3 /* open-year with two openings */ + 60 /* income */ + 200 /* reversals */ + 20 /* transfers */
                + evaluations * 4 + 4 /* assets with two vehicle lines and equipment */ + 1 /* close */;
        // every budget line and monthly appropriation appears long before a few thousand expenditures are drawn
        List<RecordExpenditureCommand> expenditures = new ArrayList<>();
        for (int i = 0; i < Math.max(target - otherLines, 0); i++) {
            expenditures.add(expense(i));
        }
        Map<BudgetLine, Long> spent = new LinkedHashMap<>();
        Map<FunctionCode, Long> fiscal = new TreeMap<>();
        int budgetLines;
        int appropriationLines;
        while (true) {
            spent.clear();
            fiscal.clear();
            for (RecordExpenditureCommand c : expenditures) {
                spent.merge(budgetLine(c), c.amount().value(), Long::sum);
                if (c.fund().isFiscal()) {
                    fiscal.merge(c.function(), c.amount().value(), Long::sum);
                }
            }
            budgetLines = (int) spent.keySet().stream().filter(l -> l.fund().isFiscal()).count();
            appropriationLines = fiscal.size() * 12;
            int excess = otherLines + budgetLines + appropriationLines + expenditures.size() - target;
            if (excess <= 0) {
                break;
            }
            if (excess >= expenditures.size()) {
                throw new IllegalArgumentException("a benchmark journal of one unit-year needs more than " + target
                        + " lines (its budget, appropriations and year-end lines alone take " + (target + excess
                        - expenditures.size()) + "); ask for 2,000 or more");
            }
            expenditures.subList(expenditures.size() - excess, expenditures.size()).clear();
        }

        List<LedgerCommand> head = new ArrayList<>();
        head.add(new OpenYearCommand(UNIT, YEAR, "开-0001", YEAR.firstDay(), "2024年度开账", "基准测试单位", "999",
                "基准测试主管部门", UnitType.ADMINISTRATIVE, List.of(
                new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN, Fen.parseYuan("2831100.00")),
                new OpeningBalance(Fund.OTHER, OTHER_ADMIN, Fen.parseYuan("61200.00"))), false));
        spent.forEach((line, amount) -> {
            if (line.fund().isFiscal()) {
                head.add(new ApproveInitialBudgetCommand(UNIT, YEAR, "", LocalDate.of(2024, 1, 2), "年初预算", line,
                        Fen.of(amount + amount / 10 + 100_000_00L)));
            }
        });
        fiscal.forEach((function, amount) -> {
            for (int month = 1; month <= 12; month++) {
                head.add(new ReceiveAppropriationCommand(UNIT, YEAR, "", LocalDate.of(2024, month, 1),
                        month + "月财政拨款", Fund.GENERAL_BUDGET, function, Fen.of(amount / 12 + 100_000_00L)));
            }
        });

        List<LedgerCommand> dated = new ArrayList<>(expenditures);
        for (int i = 0; i < 60; i++) {
            dated.add(new ReceiveOtherIncomeCommand(UNIT, YEAR, "", day(), "利息收入", Fund.OTHER, OTHER_ADMIN, yuan(500, 8_000)));
        }
        List<RecordExpenditureCommand> reversed = new ArrayList<>(expenditures);
        Collections.shuffle(reversed, random);
        for (RecordExpenditureCommand original : reversed.subList(0, Math.min(200, reversed.size()))) {
            dated.add(new ReverseEntryCommand(UNIT, YEAR, "", YEAR.lastDay(), "冲销重复支付", original.voucher(), "重复支付"));
        }
        List<BudgetLine> projectLines = spent.keySet().stream().filter(BudgetLine::hasProject).toList();
        for (int i = 0; i < 20 && !projectLines.isEmpty(); i++) {
            dated.add(new AdjustBudgetCommand(UNIT, YEAR, "", LocalDate.of(2024, 10, 8), "预算调剂", AdjustmentType.TRANSFER,
                    projectLines.get(i % projectLines.size()), projectLines.get((i + 1) % projectLines.size()),
                    Fen.of(100_00), "晋财预〔2024〕" + (80 + i) + "号"));
        }
        dated.sort(Comparator.comparing(LedgerCommand::date));

        List<LedgerCommand> tail = new ArrayList<>();
        for (String project : PROJECTS) {
            tail.add(new RecordPerformanceEvaluationCommand(UNIT, YEAR, "", YEAR.lastDay(), "绩效自评", project,
                    Fen.parseYuan("1000000"), List.of(
                    new IndicatorScore("产出指标", "数量指标", "完成率", new BigDecimal("30"), new BigDecimal("30")),
                    new IndicatorScore("产出指标", "质量指标", "合格率", new BigDecimal("30"), new BigDecimal("28.5")),
                    new IndicatorScore("效益指标", "满意度指标", "服务对象满意度", new BigDecimal("30"), new BigDecimal("29")))));
        }
        tail.add(new RecordAssetFactsCommand(UNIT, YEAR, "", YEAR.lastDay(), "年末资产",
                Map.of(VehicleUse.PRINCIPAL, 1, VehicleUse.LAW_ENFORCEMENT, 4), 2));
        tail.add(new CloseYearCommand(UNIT, YEAR, "", YEAR.lastDay(), "年终结账"));

        List<LedgerCommand> all = new ArrayList<>(head);
        all.addAll(dated);
        all.addAll(tail);
        return numbered(all);
    }

    private static BudgetLine budgetLine(RecordExpenditureCommand c) {
        return new BudgetLine(c.fund(), c.function(), c.kind(), c.project(),
                c.kind() == SpendingKind.PROJECT ? null : c.economic());
    }

    private RecordExpenditureCommand expense(int i) {
        int pick = random.nextInt(100);
        RecordExpenditureCommand c;
        if (pick < 25) {
            c = new RecordExpenditureCommand(UNIT, YEAR, "", day(), "工资福利", Fund.GENERAL_BUDGET, ADMIN,
                    EconomicCode.of(PERSONNEL.get(random.nextInt(PERSONNEL.size()))), SpendingKind.BASIC_PERSONNEL, "",
                    null, Fen.ZERO, Fen.ZERO, yuan(100, 9_000));
        } else if (pick < 60) {
            c = new RecordExpenditureCommand(UNIT, YEAR, "", day(), "日常公用支出", Fund.GENERAL_BUDGET, ADMIN,
                    EconomicCode.of(PUBLIC.get(random.nextInt(PUBLIC.size()))), SpendingKind.BASIC_PUBLIC, "",
                    null, Fen.ZERO, Fen.ZERO, yuan(20, 5_000));
        } else if (pick < 97) {
            int p = random.nextInt(PROJECTS.size());
            FunctionCode function = p < 4 ? GENERAL : p < 10 ? OTHER_ADMIN : TRAINING;
            Fen amount = yuan(200, 50_000);
            boolean procured = random.nextInt(4) == 0;
            Fen sme = procured ? Fen.of(amount.value() * 3 / 4) : Fen.ZERO;
            c = new RecordExpenditureCommand(UNIT, YEAR, "", day(), "项目支出 " + PROJECTS.get(p), Fund.GENERAL_BUDGET,
                    function, EconomicCode.of(PROJECT_ECONOMIC.get(random.nextInt(PROJECT_ECONOMIC.size()))),
                    SpendingKind.PROJECT, PROJECTS.get(p), procured ? (random.nextBoolean() ? ProcurementCategory.GOODS
                    : ProcurementCategory.SERVICES) : null, sme, Fen.of(sme.value() / 2), amount);
        } else {
            c = new RecordExpenditureCommand(UNIT, YEAR, "", day(), "其他资金支出", Fund.OTHER, OTHER_ADMIN,
                    EconomicCode.of("30299"), SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan(10, 200));
        }
        return withVoucher(c, "支-" + i);
    }

    /** Vouchers numbered in journal order, as a bookkeeping system would (记-000001, …); reversals follow their originals. */
    private static List<LedgerCommand> numbered(List<LedgerCommand> commands) {
        Map<String, String> renumbered = new HashMap<>();
        List<LedgerCommand> out = new ArrayList<>(commands.size());
        int n = 0;
        for (LedgerCommand c : commands) {
            String voucher = c instanceof OpenYearCommand ? c.voucher() : String.format("记-%06d", ++n);
            if (!c.voucher().isEmpty()) {
                renumbered.put(c.voucher(), voucher);
            }
            LedgerCommand v = withVoucher(c, voucher);
            if (v instanceof ReverseEntryCommand r) {
                v = new ReverseEntryCommand(r.unit(), r.year(), r.voucher(), r.date(), r.memo(),
                        renumbered.get(r.reversedVoucher()), r.reason());
            }
            out.add(v);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <C extends LedgerCommand> C withVoucher(C c, String v) {
        Object copy;
        if (c instanceof RecordExpenditureCommand x) {
            copy = new RecordExpenditureCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.fund(), x.function(),
                    x.economic(), x.kind(), x.project(), x.procurement(), x.smeAmount(), x.smallMicroAmount(), x.amount());
        } else if (c instanceof ReceiveOtherIncomeCommand x) {
            copy = new ReceiveOtherIncomeCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.source(), x.function(), x.amount());
        } else if (c instanceof ReverseEntryCommand x) {
            copy = new ReverseEntryCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.reversedVoucher(), x.reason());
        } else if (c instanceof AdjustBudgetCommand x) {
            copy = new AdjustBudgetCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.type(), x.from(), x.to(), x.amount(), x.approvalDocument());
        } else if (c instanceof ApproveInitialBudgetCommand x) {
            copy = new ApproveInitialBudgetCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.line(), x.amount());
        } else if (c instanceof ReceiveAppropriationCommand x) {
            copy = new ReceiveAppropriationCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.fund(), x.function(), x.amount());
        } else if (c instanceof RecordPerformanceEvaluationCommand x) {
            copy = new RecordPerformanceEvaluationCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.project(), x.declaredTarget(), x.indicators());
        } else if (c instanceof RecordAssetFactsCommand x) {
            copy = new RecordAssetFactsCommand(x.unit(), x.year(), v, x.date(), x.memo(), x.vehicles(), x.largeEquipment());
        } else if (c instanceof CloseYearCommand x) {
            copy = new CloseYearCommand(x.unit(), x.year(), v, x.date(), x.memo());
        } else if (c instanceof OpenYearCommand) {
            copy = c;
        } else {
            throw new IllegalArgumentException(c.getClass().getSimpleName());
        }
        return (C) copy;
    }

    private LocalDate day() {
        return YEAR.firstDay().plusDays(1 + random.nextInt(360));
    }

    private Fen yuan(int min, int max) {
        return Fen.of((min + random.nextInt(max - min)) * 100L + random.nextInt(100));
    }
}
