package fiscalledger.ledger;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;

import java.time.LocalDate;
import java.util.List;

/**
 * Test data shared by the ledger's tests (and, through the test jar, by other modules): one administrative unit,
 * 229001, in 2024, and ready-made commands with sensible defaults.
 */
public final class LedgerFixtures {

    public static final UnitCode UNIT = new UnitCode("229001");
    public static final FiscalYear YEAR = new FiscalYear(2024);
    public static final LedgerKey LEDGER = LedgerKey.of(UNIT, YEAR);
    public static final LocalDate JAN_2 = LocalDate.of(2024, 1, 2);
    public static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    public static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);
    public static final FunctionCode ADMIN_OPERATION = FunctionCode.of("2010301");
    public static final FunctionCode GENERAL_ADMIN = FunctionCode.of("2010302");
    public static final FunctionCode TRAINING = FunctionCode.of("2050803");
    public static final EconomicCode BASIC_WAGE = EconomicCode.of("30101");
    public static final EconomicCode OFFICE = EconomicCode.of("30201");
    public static final EconomicCode PRINTING = EconomicCode.of("30202");
    public static final EconomicCode COMMISSIONED = EconomicCode.of("30227");
    public static final String PROJECT = "空白证照购置印刷";
    public static final BudgetLine PROJECT_LINE =
            new BudgetLine(Fund.GENERAL_BUDGET, GENERAL_ADMIN, SpendingKind.PROJECT, PROJECT, null);
    public static final BudgetLine PRINTING_LINE =
            new BudgetLine(Fund.GENERAL_BUDGET, GENERAL_ADMIN, SpendingKind.PROJECT, PROJECT, PRINTING);
    public static final BudgetLine OFFICE_LINE =
            new BudgetLine(Fund.GENERAL_BUDGET, ADMIN_OPERATION, SpendingKind.BASIC_PUBLIC, "", OFFICE);

    private LedgerFixtures() {
    }

    public static Fen yuan(String amount) {
        return Fen.parseYuan(amount);
    }

    public static OpenYearCommand openYear(String voucher, List<OpeningBalance> balances) {
        return new OpenYearCommand(UNIT, YEAR, voucher, JAN_2, "2024年初", "山西省行政审批服务管理局", "229",
                "山西省行政审批服务管理局", UnitType.ADMINISTRATIVE, balances, false);
    }

    public static OpenYearCommand openYear() {
        return openYear("OPEN-2024", List.of(new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("2831100"))));
    }

    public static ReceiveAppropriationCommand appropriation(String voucher, String amount) {
        return new ReceiveAppropriationCommand(UNIT, YEAR, voucher, MAR_1, "拨款", Fund.GENERAL_BUDGET,
                ADMIN_OPERATION, yuan(amount));
    }

    public static RecordExpenditureCommand officeExpense(String voucher, String amount) {
        return new RecordExpenditureCommand(UNIT, YEAR, voucher, MAR_1, "办公用品", Fund.GENERAL_BUDGET,
                ADMIN_OPERATION, OFFICE, SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan(amount));
    }

    public static RecordExpenditureCommand printingExpense(String voucher, String amount) {
        return new RecordExpenditureCommand(UNIT, YEAR, voucher, MAR_1, "证照印刷", Fund.GENERAL_BUDGET,
                GENERAL_ADMIN, PRINTING, SpendingKind.PROJECT, PROJECT, ProcurementCategory.GOODS, Fen.ZERO,
                Fen.ZERO, yuan(amount));
    }

    public static ApproveInitialBudgetCommand budget(String voucher, BudgetLine line, String amount) {
        return new ApproveInitialBudgetCommand(UNIT, YEAR, voucher, JAN_2, "年初预算", line, yuan(amount));
    }

    public static CloseYearCommand closeYear(String voucher) {
        return new CloseYearCommand(UNIT, YEAR, voucher, DEC_31, "结账");
    }

    public static JournalEntry line(long number, LedgerCommand command) {
        return new JournalEntry("journal.csv", number, command);
    }
}
