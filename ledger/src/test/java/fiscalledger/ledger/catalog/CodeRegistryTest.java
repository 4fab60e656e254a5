package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.api.command.RegisterCodeCommand;
import fiscalledger.ledger.api.event.CodeRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;

/** A code is registered once with its name; the same name again changes nothing, another name is refused. */
class CodeRegistryTest {

    private AggregateTestFixture<CodeRegistry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CodeRegistry.class);
        fixture.registerInjectableResource(CodeCatalog.builtIn());
        fixture.registerAnnotatedCommandHandler(new RegisterCodeHandler(fixture.getRepository()));
    }

    @Test
    void aNewCodeUnderAKnownParentIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, " 2010350 ", " 事业运行 "))
                .expectEvents(new CodeRegisteredEvent(CodeKind.FUNCTION, "2010350", "事业运行"))
                .expectResultMessagePayload(RecordingResult.recordedOne(List.of()));
    }

    @Test
    void registeringAKnownCodeWithItsNameChangesNothing() {
        fixture.given(new CodeRegisteredEvent(CodeKind.FUNCTION, "2010350", "事业运行"))
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", "事业运行"))
                .expectNoEvents()
                .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
        fixture.given(new CodeRegisteredEvent(CodeKind.FUNCTION, "2010350", "事业运行"))
                .when(new RegisterCodeCommand(CodeKind.ECONOMIC, "30201", "办公费"))
                .expectNoEvents()
                .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
    }

    @Test
    void aCodeKeepsItsName() {
        fixture.given(new CodeRegisteredEvent(CodeKind.FUNCTION, "2010350", "事业运行"))
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", "别的"))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(containsString("already registered as '事业运行'"));
        fixture.given(new CodeRegisteredEvent(CodeKind.FUNCTION, "2010350", "事业运行"))
                .when(new RegisterCodeCommand(CodeKind.ECONOMIC, "30201", "办公经费"))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(containsString("already registered as '办公费'"));
    }

    @Test
    void aCodeNeedsAWellFormedNumberItsParentAndAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCodeCommand(CodeKind.ECONOMIC, "3020", "x"))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(containsString("must have 3 (类) or 5 (款) digits"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "2999901", "x"))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(containsString("register the parent code 29999 before 2999901"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", " "))
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(containsString("needs its name"));
    }

    @Test
    void aFunctionCategoryCannotBeAddedToTheTwentySixTable01Prints() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "299", "其他支出类测试"))
                .expectNoEvents()
                .expectException(LedgerRuleException.class)
                .expectExceptionMessage(containsString("function code 299 is a 类"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "201", "一般公共服务支出"))
                .expectNoEvents()
                .expectResultMessagePayload(RecordingResult.duplicate(List.of()));
    }

    @Test
    void aChildMayFollowItsParentRegisteredEarlier() {
        fixture.given(new CodeRegisteredEvent(CodeKind.FUNCTION, "299", "测试类"),
                        new CodeRegisteredEvent(CodeKind.FUNCTION, "29999", "测试款"))
                .when(new RegisterCodeCommand(CodeKind.FUNCTION, "2999901", "测试项"))
                .expectEvents(new CodeRegisteredEvent(CodeKind.FUNCTION, "2999901", "测试项"));
    }
}
