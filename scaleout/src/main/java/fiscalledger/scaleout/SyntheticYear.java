package fiscalledger.scaleout;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A realistic year of one administrative unit with a chosen number of entries, for load tests and the benchmark:
 * opening balances, 年初预算 on personnel, public and project lines, monthly appropriations, daily payments across
 * the function and economic codes of the reference publication (some of them 政府采购 with SME shares), other income
 * and its spending, budget 追加/调剂, reversals of earlier payments, the year-end asset facts, the projects'
 * self-evaluations and the closing. Every entry passes the ledger's rules; the same seed gives the same year.
 */
public final class SyntheticYear {

    private record Line(BudgetLine line, long weight) {
    }

    private static final FunctionCode ADMIN = FunctionCode.of("2010301");
    private static final FunctionCode AFFAIRS = FunctionCode.of("2010302");
    private static final FunctionCode OTHER_OFFICE = FunctionCode.of("2010399");
    private static final FunctionCode TRAINING = FunctionCode.of("2050803");
    private static final FunctionCode PENSION = FunctionCode.of("2080505");
    private static final FunctionCode ANNUITY = FunctionCode.of("2080506");
    private static final FunctionCode MEDICAL = FunctionCode.of("2101101");
    private static final List<String> PROJECTS = List.of("行政运行及业务工作经费", "政务信息化工作经费",
            "专项培训(会议)经费", "空白证照购置印刷", "省优化营商环境促进市场主体倍增工作专班运行经费", "政务服务大厅运行维护");

    private final UnitCode unit;
    private final FiscalYear year;
    private final int entries;
    private final SplittableRandom random;
    private final List<Line> lines = new ArrayList<>();
    private int voucher;

    private SyntheticYear(UnitCode unit, FiscalYear year, int entries, long seed) {
        if (entries < 100) {
            throw new IllegalArgumentException("a synthetic year has at least 100 entries, not " + entries);
        }
        this.unit = unit;
        this.year = year;
        this.entries = entries;
        this.random = new SplittableRandom(seed ^ unit.value().hashCode() * 31L ^ year.value());
        personnel(ADMIN, "30101", 30, "30102", 25, "30103", 8, "30107", 20, "30113", 8);
        personnel(PENSION, "30108", 10);
        personnel(ANNUITY, "30109", 5);
        personnel(MEDICAL, "30110", 6);
        publicLine(ADMIN, "30201", 6, "30202", 2, "30205", 1, "30206", 2, "30207", 2, "30211", 3, "30216", 1,
                "30228", 2, "30229", 1, "30231", 2, "30217", 1, "30239", 2);
        project(AFFAIRS, 0, "30227", 10, "30201", 3);
        project(OTHER_OFFICE, 1, "31002", 6, "30227", 12);
        project(TRAINING, 2, "30216", 6, "30215", 2);
        project(AFFAIRS, 3, "30202", 15);
        project(AFFAIRS, 4, "30211", 3, "30227", 4);
        project(OTHER_OFFICE, 5, "30213", 5, "30209", 2);
    }

    /** The entries of one unit-year in recording order, exactly {@code entries} of them. */
    public static List<LedgerCommand> of(UnitCode unit, FiscalYear year, int entries, long seed) {
        return new SyntheticYear(unit, year, entries, seed).commands();
    }

    private List<LedgerCommand> commands() {
        List<LedgerCommand> out = new ArrayList<>(entries);
        LocalDate jan2 = LocalDate.of(year.value(), 1, 2);
        out.add(new OpenYearCommand(unit, year, next(), jan2, year.value() + "年初", "模拟单位" + unit.value(), "229",
                "山西省行政审批服务管理局", UnitType.ADMINISTRATIVE,
                List.of(new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN, Fen.of(1_230_000_00L)),
                        new OpeningBalance(Fund.GENERAL_BUDGET, AFFAIRS, Fen.of(2_600_000_00L)),
                        new OpeningBalance(Fund.OTHER, ADMIN, Fen.of(61_200_00L))), false));
        int fixed = 1 + lines.size() + 1 + PROJECTS.size() + 1;
        int flows = entries - fixed;
        // a payment costs about this much on average, so that budgets and appropriations match the spending
        long averagePayment = 18_000_00L;
        long totalWeight = lines.stream().mapToLong(Line::weight).sum();
        long plannedSpend = (long) (flows * 0.88) * averagePayment;
        for (Line l : lines) {
            long amount = round(plannedSpend / totalWeight * l.weight());
            out.add(new ApproveInitialBudgetCommand(unit, year, next(), jan2, "年初预算", l.line(), Fen.of(amount)));
        }
        List<LocalDate> days = businessDays(flows);
        List<String> payments = new ArrayList<>();
        long otherIncome = 61_200_00L;
        for (int i = 0; i < flows; i++) {
            LocalDate day = days.get(i);
            double roll = random.nextDouble();
            if (roll < 0.07) {
                out.add(new ReceiveAppropriationCommand(unit, year, next(), day, "财政拨款", Fund.GENERAL_BUDGET,
                        pick().line().function(), Fen.of(round((long) (averagePayment * 14 * (0.5 + random.nextDouble()))))));
            } else if (roll < 0.085) {
                long amount = round(300_00L + random.nextLong(5_000_00L));
                otherIncome += amount;
                out.add(new ReceiveOtherIncomeCommand(unit, year, next(), day, "其他收入", Fund.OTHER, ADMIN,
                        Fen.of(amount)));
            } else if (roll < 0.09 && otherIncome > 1_000_00L) {
                long amount = Math.min(otherIncome / 4, round(200_00L + random.nextLong(2_000_00L)));
                otherIncome -= amount;
                out.add(new RecordExpenditureCommand(unit, year, next(), day, "其他资金支出", Fund.OTHER, ADMIN,
                        EconomicCode.of("30299"), SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO,
                        Fen.of(amount)));
            } else if (roll < 0.097) {
                Line to = pick();
                out.add(new AdjustBudgetCommand(unit, year, next(), day, "预算追加", AdjustmentType.INCREASE, null,
                        to.line(), Fen.of(round(averagePayment * (1 + random.nextInt(20)))), "晋财预〔" + year.value()
                        + "〕" + (i + 1) + "号"));
            } else if (roll < 0.105 && !payments.isEmpty()) {
                String reversed = payments.remove(random.nextInt(payments.size()));
                out.add(new ReverseEntryCommand(unit, year, next(), day, "冲销", reversed, "凭证录入错误，冲回重记"));
            } else {
                String v = next();
                payments.add(v);
                out.add(payment(v, day, averagePayment));
            }
        }
        out.add(new RecordAssetFactsCommand(unit, year, next(), LocalDate.of(year.value(), 12, 31), "年末资产情况",
                vehicles(), random.nextInt(3)));
        for (String project : PROJECTS) {
            out.add(new RecordPerformanceEvaluationCommand(unit, year, next(), LocalDate.of(year.value(), 12, 31),
                    "项目绩效自评", project, Fen.of(round(plannedSpend / 12)), List.of(
                    new IndicatorScore("产出指标", "数量指标", "完成率", BigDecimal.valueOf(50), BigDecimal.valueOf(48)),
                    new IndicatorScore("效益指标", "社会效益", "服务对象满意度", BigDecimal.valueOf(40), BigDecimal.valueOf(38)))));
        }
        out.add(new CloseYearCommand(unit, year, next(), LocalDate.of(year.value(), 12, 31), "年终结账"));
        return out;
    }

    private RecordExpenditureCommand payment(String v, LocalDate day, long averagePayment) {
        BudgetLine l = pick().line();
        long amount = round((long) (averagePayment * (0.2 + random.nextDouble() * 1.6)));
        ProcurementCategory procurement = null;
        Fen sme = Fen.ZERO;
        Fen small = Fen.ZERO;
        if (l.kind() == SpendingKind.PROJECT && random.nextInt(4) == 0) {
            procurement = ProcurementCategory.values()[random.nextInt(3) == 0 ? 2 : 0];
            sme = Fen.of(amount * 3 / 4);
            small = Fen.of(amount / 2);
        }
        return new RecordExpenditureCommand(unit, year, v, day, memoFor(l), l.fund(), l.function(), l.economic(),
                l.kind(), l.project(), procurement, sme, small, Fen.of(amount));
    }

    private static String memoFor(BudgetLine l) {
        return switch (l.kind()) {
            case BASIC_PERSONNEL -> "发放" + l.economic().value();
            case PROJECT -> l.project() + "支出";
            default -> "日常公用支出" + l.economic().value();
        };
    }

    private Map<VehicleUse, Integer> vehicles() {
        Map<VehicleUse, Integer> v = new EnumMap<>(VehicleUse.class);
        v.put(VehicleUse.CONFIDENTIAL_COMMUNICATION, 1 + random.nextInt(2));
        v.put(VehicleUse.EMERGENCY, random.nextInt(3));
        return v;
    }

    private Line pick() {
        long total = lines.stream().mapToLong(Line::weight).sum();
        long r = random.nextLong(total);
        for (Line l : lines) {
            r -= l.weight();
            if (r < 0) {
                return l;
            }
        }
        return lines.get(lines.size() - 1);
    }

    /** Business dates spread over the working days of the year, in order. */
    private List<LocalDate> businessDays(int count) {
        List<LocalDate> workdays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year.value(), 1, 3); d.getYear() == year.value(); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !(d.getMonthValue() == 12 && d.getDayOfMonth() == 31)) {
                workdays.add(d);
            }
        }
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(workdays.get(random.nextInt(workdays.size())));
        }
        Collections.sort(days);
        return days;
    }

    private void personnel(FunctionCode function, Object... codesAndWeights) {
        add(Fund.GENERAL_BUDGET, function, SpendingKind.BASIC_PERSONNEL, "", codesAndWeights);
    }

    private void publicLine(FunctionCode function, Object... codesAndWeights) {
        add(Fund.GENERAL_BUDGET, function, SpendingKind.BASIC_PUBLIC, "", codesAndWeights);
    }

    private void project(FunctionCode function, int project, Object... codesAndWeights) {
        add(Fund.GENERAL_BUDGET, function, SpendingKind.PROJECT, PROJECTS.get(project), codesAndWeights);
    }

    private void add(Fund fund, FunctionCode function, SpendingKind kind, String project, Object... codesAndWeights) {
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            lines.add(new Line(new BudgetLine(fund, function, kind, project, EconomicCode.of((String) codesAndWeights[i])),
                    ((Integer) codesAndWeights[i + 1]).longValue()));
        }
    }

    private String next() {
        return "V" + year.value() + "-" + String.format("%07d", ++voucher);
    }

    /** Whole yuan amounts, as most vouchers are. */
    private static long round(long fen) {
        return Math.max(100, fen / 100 * 100);
    }
}
