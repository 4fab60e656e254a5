package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The commands of test resource journal/every-line-type.* (English CSV, Chinese CSV and JSON Lines). */
final class EveryLineType {
    static final UnitCode UNIT = new UnitCode("229001");
    static final FiscalYear YEAR = new FiscalYear(2024);
    static final FunctionCode ADMIN = FunctionCode.of("2010301");
    static final FunctionCode OTHER_ADMIN = FunctionCode.of("2010399");
    static final FunctionCode SPECIAL = FunctionCode.of("2010350");
    static final String PRINTING = "空白证照购置印刷";

    static final List<RegisterCodeCommand> CODES = List.of(
            new RegisterCodeCommand(CodeKind.FUNCTION, "2019999", "其他一般公共服务支出"),
            new RegisterCodeCommand(CodeKind.ECONOMIC, "30299", "其他商品和服务支出"));

    static final List<LedgerCommand> COMMANDS = List.of(
            new OpenYearCommand(UNIT, YEAR, "V0001", date(1, 1), "2024年度开账", "山西省行政审批服务管理局", "229",
                    "山西省行政审批服务管理局", UnitType.ADMINISTRATIVE, List.of(
                    new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN, yuan("2831100.00")),
                    new OpeningBalance(Fund.OTHER, OTHER_ADMIN, yuan("61200.00"))), false),
            new ApproveInitialBudgetCommand(UNIT, YEAR, "V0002", date(1, 15), "年初预算 办公费",
                    new BudgetLine(Fund.GENERAL_BUDGET, ADMIN, SpendingKind.BASIC_PUBLIC, "", EconomicCode.of("30201")), yuan("100000")),
            new ApproveInitialBudgetCommand(UNIT, YEAR, "V0003", date(1, 15), "年初预算",
                    new BudgetLine(Fund.GENERAL_BUDGET, SPECIAL, SpendingKind.PROJECT, PRINTING, null), yuan("4330000")),
            new AdjustBudgetCommand(UNIT, YEAR, "V0004", date(10, 8), "调剂 委托业务费", AdjustmentType.TRANSFER,
                    new BudgetLine(Fund.GENERAL_BUDGET, OTHER_ADMIN, SpendingKind.PROJECT, "省优化营商环境促进市场主体倍增工作专班运行经费", null),
                    new BudgetLine(Fund.GENERAL_BUDGET, ADMIN, SpendingKind.PROJECT, "行政运行及业务工作经费", EconomicCode.of("30227")),
                    yuan("350000"), "晋财预〔2024〕88号"),
            new AdjustBudgetCommand(UNIT, YEAR, "V0005", date(10, 9), "追加", AdjustmentType.INCREASE, null,
                    new BudgetLine(Fund.GENERAL_BUDGET, SPECIAL, SpendingKind.PROJECT, PRINTING, null),
                    yuan("2370000"), "晋财预〔2024〕90号"),
            new AdjustBudgetCommand(UNIT, YEAR, "V0006", date(10, 10), "追减", AdjustmentType.DECREASE,
                    new BudgetLine(Fund.GENERAL_BUDGET, ADMIN, SpendingKind.BASIC_PUBLIC, "", EconomicCode.of("30201")), null,
                    yuan("10000"), "晋财预〔2024〕91号"),
            new ReceiveAppropriationCommand(UNIT, YEAR, "V0007", date(2, 1), "一季度拨款", Fund.GENERAL_BUDGET, ADMIN, yuan("500000")),
            new ReceiveOtherIncomeCommand(UNIT, YEAR, "V0008", date(3, 5), "利息收入", Fund.OTHER, OTHER_ADMIN, yuan("6900")),
            new RecordExpenditureCommand(UNIT, YEAR, "V0009", date(3, 6), "证照印制", Fund.GENERAL_BUDGET, SPECIAL,
                    EconomicCode.of("30202"), SpendingKind.PROJECT, PRINTING, ProcurementCategory.GOODS,
                    yuan("1234.56"), yuan("1000"), yuan("1234.56")),
            new RecordExpenditureCommand(UNIT, YEAR, "V0010", date(3, 31), "3月工资", Fund.GENERAL_BUDGET, ADMIN,
                    EconomicCode.of("30101"), SpendingKind.BASIC_PERSONNEL, "", null, Fen.ZERO, Fen.ZERO, yuan("8000")),
            new UseNonFiscalBalanceCommand(UNIT, YEAR, "V0011", date(4, 1), "使用结余", Fund.OTHER, OTHER_ADMIN, yuan("1000")),
            new DistributeSurplusCommand(UNIT, YEAR, "V0012", date(12, 20), "结余分配", Fund.OTHER, OTHER_ADMIN, yuan("500")),
            new ReverseEntryCommand(UNIT, YEAR, "V0013", date(4, 2), "冲销", "V0010", "重复录入"),
            new RecordAssetFactsCommand(UNIT, YEAR, "V0014", date(12, 31), "年末资产",
                    Map.of(VehicleUse.PRINCIPAL, 1, VehicleUse.LAW_ENFORCEMENT, 3), 2),
            new RecordPerformanceEvaluationCommand(UNIT, YEAR, "V0015", date(12, 31), "绩效自评", PRINTING, yuan("4330000"),
                    List.of(new IndicatorScore("产出指标", "数量指标", "证照印制数量", new BigDecimal("20"), new BigDecimal("20")),
                            new IndicatorScore("效益指标", "社会效益指标", "服务对象满意度", new BigDecimal("10"), new BigDecimal("9.5")))),
            new CloseYearCommand(UNIT, YEAR, "V0016", date(12, 31), "结账"));

    private EveryLineType() {
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    static Fen yuan(String yuan) {
        return Fen.parseYuan(yuan);
    }
}
