package fiscalledger.projections;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.event.*;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small year of unit 100001 (an administrative unit) whose every printed figure is worked out by hand in the
 * table tests: general-budget, government-fund and 其他收入 money, basic and project spending, payments with a procurement
 * category, 政府采购合同 with SME shares (one reversed and signed again), 三公 lines with a 调剂 between them, a reversed expense, used balance, a distribution, assets and one
 * performance evaluation. Amounts in yuan.
 */
public final class HandMadeYear {
    public static final UnitCode UNIT = new UnitCode("100001");
    public static final FiscalYear YEAR = new FiscalYear(2024);
    public static final LedgerKey LEDGER = LedgerKey.of(UNIT, YEAR);
    public static final String PROJECT = "数据治理";
    public static final String FUND_PROJECT = "基金项目";
    public static final FunctionCode OPERATION = FunctionCode.of("2010301");
    public static final FunctionCode GENERAL_ADMIN = FunctionCode.of("2010302");
    public static final FunctionCode TRAINING = FunctionCode.of("2050803");
    public static final LocalDate REVERSED_EXPENSE_DATE = LocalDate.of(2024, 5, 10);
    public static final LocalDate REVERSAL_DATE = LocalDate.of(2024, 7, 15);

    public static final BudgetLine PROJECT_LINE = new BudgetLine(Fund.GENERAL_BUDGET, GENERAL_ADMIN, SpendingKind.PROJECT, PROJECT, null);
    public static final BudgetLine RUNNING_LINE = new BudgetLine(Fund.GENERAL_BUDGET, OPERATION, SpendingKind.BASIC_PUBLIC, "", EconomicCode.of("30231"));
    public static final BudgetLine RECEPTION_LINE = new BudgetLine(Fund.GENERAL_BUDGET, OPERATION, SpendingKind.BASIC_PUBLIC, "", EconomicCode.of("30217"));
    public static final BudgetLine PERSONNEL_LINE = new BudgetLine(Fund.GENERAL_BUDGET, OPERATION, SpendingKind.BASIC_PERSONNEL, "", null);

    private HandMadeYear() {
    }

    /**
     * Appends the year of {@code key} to an event store as its aggregate would have recorded it: one stream, sequence
     * numbers from 0, recorded by "tester". For tests of what the tracking processor builds from the store.
     */
    public static void appendTo(EventStore store, LedgerKey key) {
        long sequence = 0;
        for (LedgerEvent e : events(key.unit(), key.year())) {
            store.publish(new GenericDomainEventMessage<>("FiscalYearLedger", key.id(),
                    sequence++, e, MetaData.with(LedgerMetadata.USER, "tester")));
        }
    }

    public static List<LedgerEvent> events() {
        return events(UNIT, YEAR);
    }

    public static List<LedgerEvent> events(UnitCode unit, FiscalYear year) {
        List<LedgerEvent> e = new ArrayList<>();
        LocalDate jan2 = LocalDate.of(year.value(), 1, 2);
        LocalDate mar1 = LocalDate.of(year.value(), 3, 1);
        e.add(new YearOpenedEvent(unit, year, "OPEN", jan2, "年初", "测试行政单位", "100", "测试主管部门",
                UnitType.ADMINISTRATIVE, List.of(new OpeningBalance(Fund.GENERAL_BUDGET, OPERATION, yuan("50000")),
                new OpeningBalance(Fund.OTHER, OPERATION, yuan("20000")))));
        e.add(new InitialBudgetApprovedEvent(unit, year, "B1", jan2, "年初预算", PROJECT_LINE, yuan("500000")));
        e.add(new InitialBudgetApprovedEvent(unit, year, "B2", jan2, "年初预算", RUNNING_LINE, yuan("35000")));
        e.add(new InitialBudgetApprovedEvent(unit, year, "B3", jan2, "年初预算", RECEPTION_LINE, yuan("800")));
        e.add(new InitialBudgetApprovedEvent(unit, year, "B4", jan2, "年初预算", PERSONNEL_LINE, yuan("150000")));
        e.add(new AppropriationReceivedEvent(unit, year, "A1", mar1, "拨款", Fund.GENERAL_BUDGET, OPERATION, yuan("300000")));
        e.add(new AppropriationReceivedEvent(unit, year, "A2", mar1, "拨款", Fund.GENERAL_BUDGET, GENERAL_ADMIN, yuan("500000")));
        e.add(new AppropriationReceivedEvent(unit, year, "A3", mar1, "基金拨款", Fund.GOVERNMENT_FUND, TRAINING, yuan("100000")));
        e.add(new OtherIncomeReceivedEvent(unit, year, "I1", mar1, "其他收入", Fund.OTHER, OPERATION, yuan("6900")));
        e.add(expense(unit, year, "E1", mar1, Fund.GENERAL_BUDGET, OPERATION, "30101", SpendingKind.BASIC_PERSONNEL, "", null, "0", "0", "120000"));
        e.add(expense(unit, year, "E2", mar1, Fund.GENERAL_BUDGET, OPERATION, "30201", SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "30000"));
        e.add(expense(unit, year, "E3", mar1, Fund.GENERAL_BUDGET, OPERATION, "30231", SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "32000"));
        e.add(expense(unit, year, "E4", mar1, Fund.GENERAL_BUDGET, OPERATION, "30217", SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "3800"));
        e.add(expense(unit, year, "E5", LocalDate.of(year.value(), 10, 20), Fund.GENERAL_BUDGET, GENERAL_ADMIN, "30227", SpendingKind.PROJECT, PROJECT, ProcurementCategory.SERVICES, "300000", "100000", "400000"));
        e.add(expense(unit, year, "E6", mar1, Fund.GENERAL_BUDGET, GENERAL_ADMIN, "30202", SpendingKind.PROJECT, PROJECT, ProcurementCategory.GOODS, "0", "0", "20000"));
        e.add(expense(unit, year, "E7", mar1, Fund.GOVERNMENT_FUND, TRAINING, "30216", SpendingKind.PROJECT, FUND_PROJECT, null, "0", "0", "60000"));
        e.add(expense(unit, year, "E8", mar1, Fund.OTHER, OPERATION, "30201", SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "16500"));
        e.add(expense(unit, year, "E9", REVERSED_EXPENSE_DATE.withYear(year.value()), Fund.GENERAL_BUDGET, OPERATION, "30201", SpendingKind.BASIC_PUBLIC, "", null, "0", "0", "9999"));
        e.add(new NonFiscalBalanceUsedEvent(unit, year, "U1", mar1, "使用结余", Fund.OTHER, OPERATION, yuan("1000")));
        e.add(new SurplusDistributedEvent(unit, year, "D1", mar1, "结余分配", Fund.OTHER, OPERATION, yuan("500")));
        e.add(new BudgetAdjustedEvent(unit, year, "ADJ1", LocalDate.of(year.value(), 10, 8), "追加", AdjustmentType.INCREASE, null, PROJECT_LINE, yuan("20000"), "晋财预〔2024〕1号"));
        e.add(new BudgetAdjustedEvent(unit, year, "ADJ2", LocalDate.of(year.value(), 10, 8), "调剂", AdjustmentType.TRANSFER, RUNNING_LINE, RECEPTION_LINE, yuan("3000"), "晋财预〔2024〕2号"));
        e.add(new EntryReversedEvent(unit, year, "R1", REVERSAL_DATE.withYear(year.value()), "冲销重复报销", "E9", "重复报销"));
        e.add(new AssetFactsRecordedEvent(unit, year, "AS1", LocalDate.of(year.value(), 12, 31), "资产",
                Map.of(VehicleUse.PRINCIPAL, 1, VehicleUse.EMERGENCY, 2), 1));
        e.add(new PerformanceEvaluatedEvent(unit, year, "P1", LocalDate.of(year.value(), 12, 31), "绩效自评", PROJECT, yuan("500000"),
                List.of(new IndicatorScore("产出指标", "数量指标", "治理数据量", BigDecimal.valueOf(60), BigDecimal.valueOf(50)),
                        new IndicatorScore("满意度指标", "服务对象满意度", "满意度", BigDecimal.valueOf(30), BigDecimal.valueOf(30)))));
        // 政府采购合同: what table 10 and the 说明 count — not the payments E5/E6, whatever their category
        e.add(contract(unit, year, "HT1", LocalDate.of(year.value(), 9, 18), PROJECT, ProcurementCategory.SERVICES,
                "450000", "300000", "100000"));
        e.add(contract(unit, year, "HT2", LocalDate.of(year.value(), 3, 1), PROJECT, ProcurementCategory.GOODS,
                "25000", "25000", "25000"));
        e.add(contract(unit, year, "HT3", LocalDate.of(year.value(), 10, 25), "", ProcurementCategory.WORKS,
                "80000", "0", "0"));
        e.add(new EntryReversedEvent(unit, year, "R2", LocalDate.of(year.value(), 11, 5), "冲销", "HT3", "合同金额录错"));
        e.add(contract(unit, year, "HT4", LocalDate.of(year.value(), 11, 5), "", ProcurementCategory.WORKS,
                "60000", "60000", "0"));
        return e;
    }

    public static ExpenditureRecordedEvent expense(UnitCode unit, FiscalYear year, String voucher, LocalDate date, Fund fund,
                                                   FunctionCode function, String economic, SpendingKind kind, String project,
                                                   ProcurementCategory procurement, String sme, String smallMicro, String amount) {
        return new ExpenditureRecordedEvent(unit, year, voucher, date, "支出 " + voucher, fund, function,
                EconomicCode.of(economic), kind, project, procurement, yuan(sme), yuan(smallMicro), yuan(amount));
    }

    public static ProcurementContractRecordedEvent contract(UnitCode unit, FiscalYear year, String voucher, LocalDate date,
                                                            String project, ProcurementCategory category, String amount,
                                                            String sme, String smallMicro) {
        return new ProcurementContractRecordedEvent(unit, year, voucher, date, "合同 " + voucher, project, category,
                yuan(amount), yuan(sme), yuan(smallMicro), "供应商 " + voucher);
    }

    public static Fen yuan(String amount) {
        return Fen.parseYuan(amount);
    }
}
