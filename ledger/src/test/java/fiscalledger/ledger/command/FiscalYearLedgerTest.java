package fiscalledger.ledger.command;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.api.event.*;
import fiscalledger.ledger.catalog.CodeCatalog;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static fiscalledger.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** The rules of one unit's fiscal year, given/when/then on the aggregate. */
class FiscalYearLedgerTest {

    private static final YearOpenedEvent OPENED = new YearOpenedEvent(UNIT, YEAR, "OPEN-2024", JAN_2, "2024年初",
            "山西省行政审批服务管理局", "229", "山西省行政审批服务管理局", UnitType.ADMINISTRATIVE,
            List.of(new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("2831100"))));

    private AggregateTestFixture<FiscalYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(LedgerPolicy.DEFAULT);
    }

    static AggregateTestFixture<FiscalYearLedger> fixtureWith(LedgerPolicy policy) {
        AggregateTestFixture<FiscalYearLedger> fixture = new AggregateTestFixture<>(FiscalYearLedger.class);
        fixture.registerInjectableResource(CodeCatalog.builtIn());
        fixture.registerInjectableResource(policy);
        fixture.registerCommandHandlerInterceptor(new UnopenedYearInterceptor());
        fixture.registerAnnotatedCommandHandler(new YearOpeningHandler(fixture.getRepository(), fixture.getEventStore()));
        fixture.registerAnnotatedCommandHandler(new JournalHandler(fixture.getRepository(), fixture.getEventStore()));
        return fixture;
    }

    private static InitialBudgetApprovedEvent budgetApproved(String voucher, BudgetLine line, String amount) {
        return new InitialBudgetApprovedEvent(UNIT, YEAR, voucher, JAN_2, "年初预算", line, yuan(amount));
    }

    private static ExpenditureRecordedEvent printed(String voucher, String amount) {
        RecordExpenditureCommand c = printingExpense(voucher, amount);
        return new ExpenditureRecordedEvent(UNIT, YEAR, voucher, c.date(), c.memo(), c.fund(), c.function(),
                c.economic(), c.kind(), c.project(), c.procurement(), c.smeAmount(), c.smallMicroAmount(), c.amount());
    }

    private static AppropriationReceivedEvent appropriated(String voucher, String amount) {
        return new AppropriationReceivedEvent(UNIT, YEAR, voucher, MAR_1, "拨款", Fund.GENERAL_BUDGET,
                ADMIN_OPERATION, yuan(amount));
    }

    private static ReverseEntryCommand reverse(String voucher, String reversed, String reason) {
        return new ReverseEntryCommand(UNIT, YEAR, voucher, MAR_1, "冲销", reversed, reason);
    }

    private static ResultValidator<FiscalYearLedger> rejected(ResultValidator<FiscalYearLedger> result,
                                                              String... messageParts) {
        return result.expectException(LedgerRuleException.class)
                .expectExceptionMessage(allOf(java.util.Arrays.stream(messageParts).map(p -> containsString(p))
                        .toArray(org.hamcrest.Matcher[]::new)))
                .expectNoEvents();
    }

    @Nested
    class OpeningTheYear {

        @Test
        void openingAnUnopenedYearRecordsItsOpeningBalances() {
            fixture.givenNoPriorActivity()
                    .when(openYear())
                    .expectEvents(OPENED)
                    .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
        }

        @Test
        void openingTheSameYearAgainWithTheSameVoucherChangesNothing() {
            fixture.given(OPENED)
                    .when(openYear())
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
        }

        @Test
        void openingAnOpenYearWithAnotherVoucherIsRefused() {
            rejected(fixture.given(OPENED).when(openYear("OPEN-AGAIN", List.of())), "already open", "OPEN-2024");
        }

        @Test
        void openingNeedsTheUnitsNameAndType() {
            OpenYearCommand c = new OpenYearCommand(UNIT, YEAR, "OPEN-2024", JAN_2, "", " ", "229", "", null,
                    List.of(), false);
            rejected(fixture.givenNoPriorActivity().when(c), "unit_name:", "unit_type:");
        }

        @Test
        void openingBalancesPostToRegisteredItemCodesOnceEach() {
            OpenYearCommand c = openYear("OPEN-2024", List.of(
                    new OpeningBalance(Fund.GENERAL_BUDGET, FunctionCode.of("20103"), yuan("1")),
                    new OpeningBalance(Fund.OTHER, ADMIN_OPERATION, yuan("2")),
                    new OpeningBalance(Fund.OTHER, ADMIN_OPERATION, yuan("3"))));
            rejected(fixture.givenNoPriorActivity().when(c), "20103 is a 款", "given twice");
        }

        @Test
        void carryingForwardTogetherWithTypedBalancesIsRefused() {
            OpenYearCommand c = new OpenYearCommand(UNIT, YEAR, "OPEN-2024", JAN_2, "", "单位", "229", "",
                    UnitType.ADMINISTRATIVE, List.of(new OpeningBalance(Fund.OTHER, ADMIN_OPERATION, yuan("1"))), true);
            rejected(fixture.givenNoPriorActivity().when(c), "carry_forward:");
        }

        @Test
        void postingIntoAnUnopenedYearSaysTheYearIsNotOpen() {
            rejected(fixture.givenNoPriorActivity().when(appropriation("V-1", "10")),
                    "year 2024 of unit 229001 is not open");
        }
    }

    @Nested
    class Vouchers {

        @Test
        void aVoucherAlreadyRecordedIsSkippedWithoutAnEventOrError() {
            fixture.given(OPENED, appropriated("V-1", "100"))
                    .when(appropriation("V-1", "100"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
        }

        @Test
        void aVoucherRecordedWithDifferentContentIsSkippedWithAWarning() {
            fixture.given(OPENED, appropriated("V-1", "100"))
                    .when(appropriation("V-1", "120"))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(warningContaining("already recorded with different content"));
        }

        @Test
        void aMemoChangeIsNotADifferentContent() {
            ReceiveAppropriationCommand c = appropriation("V-1", "100");
            ReceiveAppropriationCommand otherMemo = new ReceiveAppropriationCommand(c.unit(), c.year(), c.voucher(),
                    c.date(), "另一个摘要", c.fund(), c.function(), c.amount());
            fixture.given(OPENED, appropriated("V-1", "100"))
                    .when(otherMemo)
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
        }

        @Test
        void anEntryNeedsAVoucherAndADateInsideTheYear() {
            ReceiveAppropriationCommand c = new ReceiveAppropriationCommand(UNIT, YEAR, " ",
                    java.time.LocalDate.of(2023, 12, 31), "", Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("1"));
            rejected(fixture.given(OPENED).when(c), "voucher:", "2023-12-31 is outside fiscal year 2024");
        }
    }

    @Nested
    class IncomeAndFunds {

        @Test
        void anAppropriationIsRecorded() {
            fixture.given(OPENED).when(appropriation("V-1", "42683.67"))
                    .expectEvents(appropriated("V-1", "42683.67"));
        }

        @Test
        void anAppropriationComesFromAFiscalFund() {
            ReceiveAppropriationCommand c = new ReceiveAppropriationCommand(UNIT, YEAR, "V-1", MAR_1, "",
                    Fund.OTHER, ADMIN_OPERATION, yuan("1"));
            rejected(fixture.given(OPENED).when(c), "fund:", "fiscal fund");
        }

        @Test
        void otherIncomeComesFromANonFiscalSource() {
            ReceiveOtherIncomeCommand c = new ReceiveOtherIncomeCommand(UNIT, YEAR, "V-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("1"));
            rejected(fixture.given(OPENED).when(c), "fund:", "non-fiscal");
        }

        @Test
        void otherIncomeFromANonFiscalSourceIsRecorded() {
            fixture.given(OPENED)
                    .when(new ReceiveOtherIncomeCommand(UNIT, YEAR, "V-1", MAR_1, "利息", Fund.OTHER,
                            ADMIN_OPERATION, yuan("6900")))
                    .expectEvents(new OtherIncomeReceivedEvent(UNIT, YEAR, "V-1", MAR_1, "利息", Fund.OTHER,
                            ADMIN_OPERATION, yuan("6900")));
        }

        @Test
        void usingBalanceAndDistributingSurplusAreNonFiscalOnly() {
            rejected(fixture.given(OPENED).when(new UseNonFiscalBalanceCommand(UNIT, YEAR, "V-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("1"))), "fund:", "non-fiscal");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(new DistributeSurplusCommand(UNIT, YEAR,
                    "V-2", MAR_1, "", Fund.STATE_CAPITAL, ADMIN_OPERATION, yuan("1"))), "fund:", "non-fiscal");
        }

        @Test
        void amountsArePositive() {
            rejected(fixture.given(OPENED).when(appropriation("V-1", "0")), "amount:", "must be positive");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(appropriation("V-1", "-5")),
                    "amount:", "must be positive");
        }

        @Test
        void incomePostsToARegisteredItemCode() {
            ReceiveAppropriationCommand category = new ReceiveAppropriationCommand(UNIT, YEAR, "V-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, FunctionCode.of("201"), yuan("1"));
            rejected(fixture.given(OPENED).when(category), "function:", "201 is a 类");
            ReceiveAppropriationCommand unknown = new ReceiveAppropriationCommand(UNIT, YEAR, "V-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, FunctionCode.of("2129999"), yuan("1"));
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(unknown), "2129999 is not in the catalog");
        }
    }

    @Nested
    class Expenditure {

        @Test
        void anExpenditureWithinItsBudgetLineIsRecordedWithoutWarning() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "6700000"))
                    .when(printingExpense("E-1", "1000"))
                    .expectEvents(printed("E-1", "1000"))
                    .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
        }

        @Test
        void personnelSpendingUsesEconomicClass301Or303() {
            RecordExpenditureCommand c = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "", Fund.GENERAL_BUDGET,
                    ADMIN_OPERATION, OFFICE, SpendingKind.BASIC_PERSONNEL, "", null, Fen.ZERO, Fen.ZERO, yuan("1"));
            rejected(fixture.given(OPENED).when(c), "economic:", "人员经费 is paid on economic classes 301 or 303");
        }

        @Test
        void publicSpendingCannotUseAPersonnelClass() {
            RecordExpenditureCommand c = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "", Fund.GENERAL_BUDGET,
                    ADMIN_OPERATION, BASIC_WAGE, SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan("1"));
            rejected(fixture.given(OPENED).when(c), "economic:", "公用经费 cannot use economic code 30101");
        }

        @Test
        void theEconomicCodeIsARegistered5DigitSection() {
            RecordExpenditureCommand c = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "", Fund.GENERAL_BUDGET,
                    ADMIN_OPERATION, EconomicCode.of("302"), SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO,
                    yuan("1"));
            rejected(fixture.given(OPENED).when(c), "economic:", "302 is a 类");
            RecordExpenditureCommand unknown = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, ADMIN_OPERATION, EconomicCode.of("30298"), SpendingKind.BASIC_PUBLIC, "",
                    null, Fen.ZERO, Fen.ZERO, yuan("1"));
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(unknown), "30298 is not in the catalog");
        }

        @Test
        void projectSpendingNamesItsProjectAndBasicSpendingHasNone() {
            RecordExpenditureCommand noProject = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, GENERAL_ADMIN, PRINTING, SpendingKind.PROJECT, " ", null, Fen.ZERO, Fen.ZERO,
                    yuan("1"));
            rejected(fixture.given(OPENED).when(noProject), "project:", "项目支出 needs the project");
            RecordExpenditureCommand basicWithProject = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, ADMIN_OPERATION, OFFICE, SpendingKind.BASIC_PUBLIC, PROJECT, null, Fen.ZERO,
                    Fen.ZERO, yuan("1"));
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(basicWithProject), "基本支出 has no project");
        }

        @Test
        void smeAmountsStayWithinTheAmountAndNeedAProcurementCategory() {
            RecordExpenditureCommand tooMuch = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, GENERAL_ADMIN, PRINTING, SpendingKind.PROJECT, PROJECT,
                    ProcurementCategory.GOODS, yuan("101"), yuan("102"), yuan("100"));
            rejected(fixture.given(OPENED).when(tooMuch), "sme_amount: SME amount 101.00 exceeds",
                    "small_micro_amount: small/micro amount 102.00 exceeds the SME amount 101.00");
            RecordExpenditureCommand notProcurement = new RecordExpenditureCommand(UNIT, YEAR, "E-1", MAR_1, "",
                    Fund.GENERAL_BUDGET, GENERAL_ADMIN, PRINTING, SpendingKind.PROJECT, PROJECT, null, yuan("10"),
                    Fen.ZERO, yuan("100"));
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(notProcurement), "procurement:",
                    "only recorded for 政府采购");
        }

        @Test
        void spendingBeyondTheLinesFullYearBudgetIsRecordedWithAWarning() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1000"), printed("E-1", "800"))
                    .when(printingExpense("E-2", "300"))
                    .expectEvents(printed("E-2", "300"))
                    .expectResultMessagePayloadMatching(warningContaining(
                            "brings budget line 一般公共预算财政拨款/2010302/项目支出/空白证照购置印刷/30202 to 1100.00,"
                                    + " beyond its 全年预算 1000.00 by 100.00"));
        }

        @Test
        void aWarningOfSpendingBeyondTheBudgetNamesItsLineAndHowFarTheLineNowStandsBeyondIt() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1000"), printed("E-1", "800"))
                    .when(printingExpense("E-2", "300"))
                    .expectResultMessagePayloadMatching(warningAbout(new WarningSubject(WarningSubject.Kind.OVERSPEND,
                            "229001/2024", PRINTING_LINE.describe(), yuan("300"), yuan("100"))));
        }

        @Test
        void aWarningOfFiscalSpendingWithNoBudgetLineCountsAllOfItsAmountAsUnbudgeted() {
            fixture.given(OPENED)
                    .when(officeExpense("E-1", "10"))
                    .expectResultMessagePayloadMatching(warningAbout(new WarningSubject(
                            WarningSubject.Kind.NO_BUDGET_LINE, "229001/2024",
                            new BudgetLine(Fund.GENERAL_BUDGET, ADMIN_OPERATION, SpendingKind.BASIC_PUBLIC, "", OFFICE)
                                    .describe(), yuan("10"), yuan("10"))));
        }

        @Test
        void spendingBeyondTheBudgetIsRefusedWhenThePolicyRejects() {
            rejected(fixtureWith(new LedgerPolicy(OverspendPolicy.REJECT))
                            .given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1000"), printed("E-1", "800"))
                            .when(printingExpense("E-2", "300")),
                    "amount:", "beyond its 全年预算 1000.00 by 100.00");
        }

        @Test
        void spendingWithoutALineForItsEconomicCodeDrawsOnTheLineWithoutOne() {
            fixture.given(OPENED, budgetApproved("B-1", PROJECT_LINE, "500"))
                    .when(printingExpense("E-1", "600"))
                    .expectEvents(printed("E-1", "600"))
                    .expectResultMessagePayloadMatching(warningContaining(
                            "budget line 一般公共预算财政拨款/2010302/项目支出/空白证照购置印刷 to 600.00"));
        }

        @Test
        void theGeneralLineDoesNotCountSpendingThatHasItsOwnEconomicLine() {
            fixture.given(OPENED, budgetApproved("B-1", PROJECT_LINE, "500"),
                            budgetApproved("B-2", PRINTING_LINE, "1000"), printed("E-1", "900"))
                    .when(new RecordExpenditureCommand(UNIT, YEAR, "E-2", MAR_1, "", Fund.GENERAL_BUDGET,
                            GENERAL_ADMIN, COMMISSIONED, SpendingKind.PROJECT, PROJECT, null, Fen.ZERO, Fen.ZERO,
                            yuan("500")))
                    .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
        }

        @Test
        void fiscalSpendingWithNoBudgetLineAtAllIsWorthAWarning() {
            fixture.given(OPENED)
                    .when(officeExpense("E-1", "10"))
                    .expectEvents(new ExpenditureRecordedEvent(UNIT, YEAR, "E-1", MAR_1, "办公用品", Fund.GENERAL_BUDGET,
                            ADMIN_OPERATION, OFFICE, SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan("10")))
                    .expectResultMessagePayloadMatching(warningContaining("no budget line for"));
        }
    }

    @Nested
    class Budget {

        private final AdjustBudgetCommand transfer = new AdjustBudgetCommand(UNIT, YEAR, "A-1", MAR_1, "调剂",
                AdjustmentType.TRANSFER, PROJECT_LINE, OFFICE_LINE, yuan("400000"), "晋财预〔2024〕1号");

        @Test
        void anInitialBudgetLineIsApproved() {
            fixture.given(OPENED).when(budget("B-1", PRINTING_LINE, "6700000"))
                    .expectEvents(budgetApproved("B-1", PRINTING_LINE, "6700000"));
        }

        @Test
        void aBudgetLineFollowsTheKindAndCodeRules() {
            BudgetLine personnelOnOffice = new BudgetLine(Fund.GENERAL_BUDGET, ADMIN_OPERATION,
                    SpendingKind.BASIC_PERSONNEL, "", OFFICE);
            rejected(fixture.given(OPENED).when(budget("B-1", personnelOnOffice, "1")), "人员经费 is paid on");
        }

        @Test
        void aTransferMovesMoneyBetweenTwoLines() {
            fixture.given(OPENED, budgetApproved("B-1", PROJECT_LINE, "1500000"))
                    .when(transfer)
                    .expectEvents(new BudgetAdjustedEvent(UNIT, YEAR, "A-1", MAR_1, "调剂", AdjustmentType.TRANSFER,
                            PROJECT_LINE, OFFICE_LINE, yuan("400000"), "晋财预〔2024〕1号"));
        }

        @Test
        void anAdjustmentCannotTakeMoreThanTheLineHolds() {
            rejected(fixture.given(OPENED, budgetApproved("B-1", PROJECT_LINE, "300000")).when(transfer),
                    "amount:", "holds 300000.00 of 全年预算; it cannot give 400000.00");
        }

        @Test
        void aTransferNeedsBothLinesAnIncreaseOnlyATargetAndADecreaseOnlyASource() {
            rejected(fixture.given(OPENED).when(new AdjustBudgetCommand(UNIT, YEAR, "A-1", MAR_1, "",
                    AdjustmentType.TRANSFER, null, OFFICE_LINE, yuan("1"), "doc")), "from_function:", "调剂 needs");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(new AdjustBudgetCommand(UNIT, YEAR, "A-1",
                    MAR_1, "", AdjustmentType.INCREASE, PROJECT_LINE, OFFICE_LINE, yuan("1"), "doc")), "追加 adds");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED, budgetApproved("B-1", OFFICE_LINE, "5"))
                    .when(new AdjustBudgetCommand(UNIT, YEAR, "A-1", MAR_1, "", AdjustmentType.DECREASE, OFFICE_LINE,
                            PROJECT_LINE, yuan("1"), "doc")), "追减 takes");
        }

        @Test
        void anAdjustmentNeedsItsApprovalDocument() {
            rejected(fixture.given(OPENED).when(new AdjustBudgetCommand(UNIT, YEAR, "A-1", MAR_1, "",
                    AdjustmentType.INCREASE, null, OFFICE_LINE, yuan("1"), " ")), "document:", "批复文号");
        }

        @Test
        void anIncreaseRaisesTheLineSoLaterSpendingFitsWithoutWarning() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "100"),
                            new BudgetAdjustedEvent(UNIT, YEAR, "A-1", MAR_1, "", AdjustmentType.INCREASE, null,
                                    PRINTING_LINE, yuan("100"), "doc"))
                    .when(printingExpense("E-1", "200"))
                    .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
        }
    }

    @Nested
    class Reversal {

        @Test
        void anEntryIsReversedOnceWithItsReason() {
            fixture.given(OPENED, appropriated("V-1", "100"))
                    .when(reverse("R-1", "V-1", "重复录入"))
                    .expectEvents(new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "冲销", "V-1", "重复录入"));
        }

        @Test
        void aReversedEntryCannotBeReversedAgain() {
            rejected(fixture.given(OPENED, appropriated("V-1", "100"),
                            new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "", "V-1", "错"))
                    .when(reverse("R-2", "V-1", "再冲")), "reversed_voucher:", "already reversed");
        }

        @Test
        void onlyRecordedMoneyOrBudgetEntriesCanBeReversed() {
            rejected(fixture.given(OPENED).when(reverse("R-1", "NOPE", "x")), "voucher NOPE is not recorded");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(reverse("R-1", "OPEN-2024", "x")),
                    "the year's opening and cannot be reversed");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED, appropriated("V-1", "1"),
                            new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "", "V-1", "错"))
                    .when(reverse("R-2", "R-1", "x")), "itself a reversal");
        }

        @Test
        void aReversalNeedsAReason() {
            rejected(fixture.given(OPENED, appropriated("V-1", "100")).when(reverse("R-1", "V-1", "  ")),
                    "reason:", "needs its reason");
        }

        @Test
        void reversingABudgetEntryMayNotLeaveItsLineNegative() {
            rejected(fixture.given(OPENED, budgetApproved("B-1", PROJECT_LINE, "1000"),
                            new BudgetAdjustedEvent(UNIT, YEAR, "A-1", MAR_1, "", AdjustmentType.TRANSFER, PROJECT_LINE,
                                    OFFICE_LINE, yuan("800"), "doc"))
                    .when(reverse("R-1", "B-1", "错")), "would leave its budget line with -800.00");
        }

        @Test
        void reversingAnExpenditureGivesItsBudgetBack() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1000"), printed("E-1", "900"),
                            new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "", "E-1", "错"))
                    .when(printingExpense("E-2", "1000"))
                    .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
        }
    }

    @Nested
    class Closing {

        @Test
        void closingBalanceEqualsOpeningPlusIncomeMinusExpenditurePlusUsedMinusDistributed() {
            FunctionCode f = ADMIN_OPERATION;
            fixture.given(OPENED,
                            appropriated("V-1", "1000"),
                            new OtherIncomeReceivedEvent(UNIT, YEAR, "V-2", MAR_1, "", Fund.OTHER, f, yuan("69")),
                            new ExpenditureRecordedEvent(UNIT, YEAR, "E-1", MAR_1, "", Fund.GENERAL_BUDGET, f, OFFICE,
                                    SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan("300")),
                            new ExpenditureRecordedEvent(UNIT, YEAR, "E-2", MAR_1, "", Fund.OTHER, f, OFFICE,
                                    SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan("20")),
                            new NonFiscalBalanceUsedEvent(UNIT, YEAR, "U-1", MAR_1, "", Fund.OTHER, f, yuan("5")),
                            new SurplusDistributedEvent(UNIT, YEAR, "D-1", MAR_1, "", Fund.OTHER, f, yuan("4")),
                            new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "", "E-1", "错"),
                            new ExpenditureRecordedEvent(UNIT, YEAR, "E-3", MAR_1, "", Fund.GENERAL_BUDGET, f, OFFICE,
                                    SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO, Fen.ZERO, yuan("250")))
                    .when(closeYear("CLOSE-2024"))
                    .expectEvents(new YearClosedEvent(UNIT, YEAR, "CLOSE-2024", DEC_31, "结账", List.of(
                            new ClosingBalance(Fund.GENERAL_BUDGET, f, yuan("2831100"), yuan("1000"), yuan("250"),
                                    Fen.ZERO, Fen.ZERO, yuan("2831850")),
                            new ClosingBalance(Fund.OTHER, f, Fen.ZERO, yuan("69"), yuan("20"), yuan("5"), yuan("4"),
                                    yuan("50")))));
        }

        @Test
        void nothingCanBePostedIntoAClosedYear() {
            rejected(fixture.given(OPENED, new YearClosedEvent(UNIT, YEAR, "CLOSE-2024", DEC_31, "", List.of()))
                    .when(appropriation("V-1", "1")), "year:", "is closed (voucher CLOSE-2024)");
        }

        @Test
        void reImportingARecordedVoucherIntoAClosedYearIsStillANoOp() {
            fixture.given(OPENED, appropriated("V-1", "100"),
                            new YearClosedEvent(UNIT, YEAR, "CLOSE-2024", DEC_31, "", List.of()))
                    .when(appropriation("V-1", "100"))
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
        }
    }

    @Nested
    class Facts {

        @Test
        void assetFactsAreRecordedWithNonNegativeCounts() {
            Map<VehicleUse, Integer> vehicles = Map.of(VehicleUse.PRINCIPAL, 1, VehicleUse.EMERGENCY, 1);
            fixture.given(OPENED)
                    .when(new RecordAssetFactsCommand(UNIT, YEAR, "ASSET-1", DEC_31, "", vehicles, 0))
                    .expectEvents(new AssetFactsRecordedEvent(UNIT, YEAR, "ASSET-1", DEC_31, "", vehicles, 0));
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED)
                    .when(new RecordAssetFactsCommand(UNIT, YEAR, "ASSET-1", DEC_31, "",
                            Map.of(VehicleUse.OTHER, -1), -2)), "quantity:", "must be a whole number ≥ 0");
        }

        @Test
        void aPerformanceScoreStaysWithinItsWeight() {
            IndicatorScore tooHigh = new IndicatorScore("产出指标", "数量指标", "印制证照", BigDecimal.TEN,
                    new BigDecimal("11"));
            rejected(fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1"))
                    .when(new RecordPerformanceEvaluationCommand(UNIT, YEAR, "P-1", DEC_31, "", PROJECT, yuan("1"),
                            List.of(tooHigh))), "score:", "between 0 and its weight");
        }
    }

    @Nested
    class ProcurementContracts {
        private static final java.time.LocalDate OCT_15 = java.time.LocalDate.of(2024, 10, 15);

        private RecordProcurementContractCommand contract(String voucher, String amount, String sme,
                                                          String smallMicro) {
            return new RecordProcurementContractCommand(UNIT, YEAR, voucher, OCT_15, "空白证照印制 第1包", PROJECT,
                    ProcurementCategory.GOODS, yuan(amount), yuan(sme), yuan(smallMicro), "山西某印务有限公司");
        }

        private ProcurementContractRecordedEvent contracted(String voucher, String amount, String sme,
                                                            String smallMicro) {
            RecordProcurementContractCommand c = contract(voucher, amount, sme, smallMicro);
            return new ProcurementContractRecordedEvent(UNIT, YEAR, voucher, c.date(), c.memo(), c.project(),
                    c.category(), c.contractAmount(), c.smeAmount(), c.smallMicroAmount(), c.supplier());
        }

        @Test
        void aContractIsRecordedWithItsCategoryAmountAndSmeParts() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1000000"))
                    .when(contract("HT-1", "800000", "500000", "300000"))
                    .expectEvents(contracted("HT-1", "800000", "500000", "300000"))
                    .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
        }

        @Test
        void aContractAmountIsPositiveAndNeedsItsCategory() {
            RecordProcurementContractCommand noCategory = new RecordProcurementContractCommand(UNIT, YEAR, "HT-1",
                    OCT_15, "", null, null, yuan("0"), Fen.ZERO, Fen.ZERO, null);
            rejected(fixture.given(OPENED).when(noCategory), "procurement:", "category", "amount:", "positive");
        }

        @Test
        void theSmePartStaysWithinTheContractAndTheSmallMicroPartWithinTheSmePart() {
            rejected(fixture.given(OPENED).when(contract("HT-1", "100", "101", "0")),
                    "sme_amount:", "exceeds the contract amount 100.00");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(contract("HT-1", "100", "50", "60")),
                    "small_micro_amount:", "exceeds the SME amount 50.00");
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED).when(contract("HT-1", "100", "-1", "0")),
                    "sme_amount:", "cannot be negative");
        }

        @Test
        void aContractIsDatedInsideItsYear() {
            RecordProcurementContractCommand c = new RecordProcurementContractCommand(UNIT, YEAR, "HT-1",
                    java.time.LocalDate.of(2023, 12, 19), "", null, ProcurementCategory.SERVICES, yuan("1"),
                    Fen.ZERO, Fen.ZERO, null);
            rejected(fixture.given(OPENED).when(c), "date:", "outside fiscal year 2024");
        }

        @Test
        void aContractCannotBeRecordedInAnUnopenedOrClosedYear() {
            rejected(fixture.givenNoPriorActivity().when(contract("HT-1", "100", "0", "0")), "is not open");
            rejected(fixtureWith(LedgerPolicy.DEFAULT)
                            .given(OPENED, new YearClosedEvent(UNIT, YEAR, "CLOSE-2024", DEC_31, "", List.of()))
                            .when(contract("HT-1", "100", "0", "0")), "year:", "is closed");
        }

        @Test
        void reImportingARecordedContractChangesNothingAndAChangedOneIsWarnedAbout() {
            fixture.given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1"), contracted("HT-1", "100", "50", "10"))
                    .when(contract("HT-1", "100", "50", "10"))
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
            fixtureWith(LedgerPolicy.DEFAULT)
                    .given(OPENED, budgetApproved("B-1", PRINTING_LINE, "1"), contracted("HT-1", "100", "50", "10"))
                    .when(contract("HT-1", "120", "50", "10"))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(warningContaining("already recorded with different content"));
        }

        @Test
        void aContractIsReversedOnceLikeAnyEntry() {
            fixture.given(OPENED, contracted("HT-1", "100", "0", "0"))
                    .when(reverse("R-1", "HT-1", "合同金额录错"))
                    .expectEvents(new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "冲销", "HT-1", "合同金额录错"));
            rejected(fixtureWith(LedgerPolicy.DEFAULT).given(OPENED, contracted("HT-1", "100", "0", "0"),
                            new EntryReversedEvent(UNIT, YEAR, "R-1", MAR_1, "", "HT-1", "错"))
                    .when(reverse("R-2", "HT-1", "再冲")), "already reversed");
        }

        @Test
        void aContractForAProjectWithoutABudgetLineIsRecordedWithAWarning() {
            fixture.given(OPENED)
                    .when(contract("HT-1", "100", "0", "0"))
                    .expectEvents(contracted("HT-1", "100", "0", "0"))
                    .expectResultMessagePayloadMatching(warningContaining("has no budget line"));
        }

        @Test
        void theFingerprintOfAContractCommandEqualsThatOfItsEvent() {
            assertThat(Fingerprint.of(contract("HT-1", "100", "50", "10")))
                    .isEqualTo(Fingerprint.of(contracted("HT-1", "100", "50", "10")));
        }
    }

    @Nested
    class Journals {

        @Test
        void aJournalRecordsItsEntriesInOrderAndSkipsRecordedVouchers() {
            RecordJournalCommand journal = new RecordJournalCommand(LEDGER, List.of(
                    line(2, appropriation("V-1", "100")),
                    line(3, appropriation("V-2", "50")),
                    line(4, appropriation("V-2", "50"))));
            fixture.given(OPENED, appropriated("V-1", "100"))
                    .when(journal)
                    .expectEvents(appropriated("V-2", "50"))
                    .expectResultMessagePayload(new RecordingResult(1, 2, List.of()));
        }

        @Test
        void aJournalMayOpenTheYearWithItsFirstEntry() {
            RecordJournalCommand journal = new RecordJournalCommand(LEDGER, List.of(
                    line(2, openYear()), line(3, appropriation("V-1", "100"))));
            fixture.givenNoPriorActivity()
                    .when(journal)
                    .expectEvents(OPENED, appropriated("V-1", "100"))
                    .expectResultMessagePayload(new RecordingResult(2, 0, List.of()));
        }

        @Test
        void aJournalWithABadEntryRecordsNothingAndListsEveryProblemWithItsLine() {
            RecordJournalCommand journal = new RecordJournalCommand(LEDGER, List.of(
                    line(2, appropriation("V-1", "100")),
                    line(3, appropriation("V-2", "-1")),
                    line(4, officeExpense("E-1", "5")),
                    line(5, new ReceiveOtherIncomeCommand(UNIT, YEAR, "V-3", MAR_1, "", Fund.GENERAL_BUDGET,
                            ADMIN_OPERATION, yuan("1")))));
            fixture.given(OPENED)
                    .when(journal)
                    .expectException(JournalRejectedException.class)
                    .expectExceptionMessage(allOf(containsString("journal.csv:3: voucher V-2: amount:"),
                            containsString("journal.csv:5: voucher V-3: fund:")))
                    .expectNoEvents();
        }

        @Test
        void aJournalForAnUnopenedYearMustStartWithItsOpening() {
            fixture.givenNoPriorActivity()
                    .when(new RecordJournalCommand(LEDGER, List.of(line(2, appropriation("V-1", "1")))))
                    .expectException(JournalRejectedException.class)
                    .expectExceptionMessage(containsString("journal.csv:2: voucher V-1: type: year 2024 of unit 229001 is not open"))
                    .expectNoEvents();
        }

        @Test
        void aJournalThatOpensTheYearAndThenFailsLeavesTheYearUnopened() {
            fixture.givenNoPriorActivity()
                    .when(new RecordJournalCommand(LEDGER, List.of(line(2, openYear()),
                            line(3, appropriation("V-1", "0")))))
                    .expectException(JournalRejectedException.class)
                    .expectNoEvents();
        }

        @Test
        void entriesOfAnotherUnitYearAreRefused() {
            ReceiveAppropriationCommand otherYear = new ReceiveAppropriationCommand(UNIT, YEAR.next(), "V-1",
                    MAR_1.plusYears(1), "", Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("1"));
            fixture.given(OPENED)
                    .when(new RecordJournalCommand(LEDGER, List.of(line(7, otherYear))))
                    .expectException(JournalRejectedException.class)
                    .expectExceptionMessage(containsString("journal.csv:7: voucher V-1: unit: the entry belongs to 229001/2025"));
        }
    }

    private static org.hamcrest.Matcher<RecordingResult> warningAbout(WarningSubject about) {
        return new org.hamcrest.FeatureMatcher<RecordingResult, List<WarningSubject>>(
                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.equalTo(about)), "warnings about", "warnings about") {
            @Override
            protected List<WarningSubject> featureValueOf(RecordingResult actual) {
                return actual.warnings().stream().map(EntryProblem::about).toList();
            }
        };
    }

    private static org.hamcrest.Matcher<RecordingResult> warningContaining(String text) {
        return new org.hamcrest.FeatureMatcher<RecordingResult, List<EntryProblem>>(
                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.hasToString(containsString(text))),
                "warnings", "warnings") {
            @Override
            protected List<EntryProblem> featureValueOf(RecordingResult actual) {
                return actual.warnings();
            }
        };
    }

    @Test
    void theFingerprintOfACommandEqualsThatOfTheEventItRecords() {
        assertThat(Fingerprint.of(appropriation("V-1", "100"))).isEqualTo(Fingerprint.of(appropriated("V-1", "100")));
        assertThat(Fingerprint.of(printingExpense("E-1", "1"))).isEqualTo(Fingerprint.of(printed("E-1", "1")));
    }
}
