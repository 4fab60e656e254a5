package fiscalledger.ledger.command;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.ledger.api.command.ReverseEntryCommand;
import fiscalledger.ledger.api.event.YearOpenedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fiscalledger.ledger.LedgerFixtures.*;

/** Text that the read models could not hold, or that would poison an export, never becomes an event. */
class TextRulesTest {

    private static final YearOpenedEvent OPENED = new YearOpenedEvent(UNIT, YEAR, "OPEN-2024", JAN_2, "2024年初",
            "山西省行政审批服务管理局", "229", "山西省行政审批服务管理局", UnitType.ADMINISTRATIVE,
            List.of(new OpeningBalance(Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan("2831100"))));

    private AggregateTestFixture<FiscalYearLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = FiscalYearLedgerTest.fixtureWith(LedgerPolicy.DEFAULT);
    }

    private static RecordExpenditureCommand expense(String voucher, String memo, String project) {
        return new RecordExpenditureCommand(UNIT, YEAR, voucher, MAR_1, memo, Fund.GENERAL_BUDGET, ADMIN_OPERATION,
                OFFICE, fiscalledger.ledger.api.SpendingKind.BASIC_PUBLIC, project, null, Fen.ZERO, Fen.ZERO, yuan("10"));
    }

    @Test
    void aMemoLongerThanTheReadModelsKeepIsRejectedNotStoredForEver() {
        fixture.given(OPENED).when(expense("V-1", "备".repeat(2001), ""))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage("voucher V-1: memo: is 2001 characters long; at most 2000 are kept")
                .expectNoEvents();
    }

    @Test
    void aMemoOfExactlyTheLimitIsRecorded() {
        fixture.given(OPENED).when(expense("V-1", "备".repeat(2000), "")).expectSuccessfulHandlerExecution();
    }

    @Test
    void aControlCharacterInAProjectNameIsRejected() {
        fixture.given(OPENED).when(expense("V-1", "办公", "项目\u0000名"))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("voucher V-1: project: contains a control"
                        + " character (U+0000) at position 3; remove it (line breaks and tabs are not kept in project)"))
                .expectNoEvents();
    }

    @Test
    void aVoucherCarryingSqlIsRejected() {
        fixture.given(OPENED).when(expense("V1'; DROP TABLE postings; --", "办公", ""))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                        "contains a quote, semicolon or backslash"))
                .expectNoEvents();
    }

    @Test
    void aVoucherThatStartsLikeAFormulaIsRejected() {
        fixture.given(OPENED).when(expense("=HYPERLINK(\"x\")", "办公", ""))
                .expectException(LedgerRuleException.class)
                .expectNoEvents();
        fixture.given(OPENED).when(expense("@SUM(A1)", "办公", ""))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("starts like a spreadsheet formula"))
                .expectNoEvents();
    }

    @Test
    void aReversalReasonMustFitToo() {
        fixture.given(OPENED).when(new ReverseEntryCommand(UNIT, YEAR, "R-1", MAR_1, "冲销", "OPEN-2024", "因".repeat(1001)))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reason: is 1001 characters long"))
                .expectNoEvents();
    }
}
