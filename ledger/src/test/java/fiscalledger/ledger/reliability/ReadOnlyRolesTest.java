package fiscalledger.ledger.reliability;

import fiscalledger.ledger.api.command.ReadOnlyLedgerException;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.api.command.RegisterCodeCommand;
import fiscalledger.ledger.api.CodeKind;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static fiscalledger.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An auditor, an analyst, or anyone with --read-only looks at the same store an officer records into, and nothing
 * they send gets written: the command bus refuses every command at dispatch, the event store every event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyRolesTest {

    /** Static: with one instance per class, JUnit injects an instance @TempDir only after @BeforeAll has run. */
    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext officer;
    private ConfigurableApplicationContext auditor;
    private ConfigurableApplicationContext readOnlyOfficer;

    private ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .properties(properties)
                .run();
    }

    @BeforeAll
    void anOfficerHasRecordedAYear() {
        officer = start("fiscal-ledger.user=wang.fang", "fiscal-ledger.role=officer");
        officer.getBean(CommandGateway.class).sendAndWait(openYear());
        officer.getBean(CommandGateway.class).sendAndWait(appropriation("V-1", "100.00"));
        auditor = start("fiscal-ledger.user=li.shen", "fiscal-ledger.role=auditor");
        readOnlyOfficer = start("fiscal-ledger.user=wang.fang", "fiscal-ledger.read-only=true");
    }

    @AfterAll
    void close() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[]{readOnlyOfficer, auditor, officer}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void theAuditorRoleIsRefusedEveryRecordingCommandWithAClearMessage() {
        CommandGateway gateway = auditor.getBean(CommandGateway.class);
        List<Object> commands = List.of(appropriation("V-2", "5.00"), officeExpense("V-3", "1.00"),
                closeYear("CLOSE"), new RecordJournalCommand(LEDGER, List.of(line(2, appropriation("V-4", "1.00")))),
                new RegisterCodeCommand(CodeKind.FUNCTION, "2019999", "其他测试支出"));
        for (Object command : commands) {
            assertThatThrownBy(() -> gateway.sendAndWait(command))
                    .isInstanceOf(ReadOnlyLedgerException.class)
                    .hasMessageContaining("the auditor role (审计) records nothing")
                    .hasMessageContaining("cannot record");
        }
        assertThat(eventCount()).isEqualTo(2);
    }

    @Test
    void theReadOnlySwitchRefusesAnOfficerToo() {
        assertThatThrownBy(() -> readOnlyOfficer.getBean(CommandGateway.class).sendAndWait(appropriation("V-5", "1.00")))
                .isInstanceOf(ReadOnlyLedgerException.class)
                .hasMessage("cannot record ReceiveAppropriation: this process was started with --read-only, which"
                        + " records nothing; start the shell as an officer without --read-only to record");
        assertThat(eventCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bus", "store"})
    void theGateIsOnTheBusAndTheStoreNotJustTheGateway(String path) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            if (path.equals("bus")) {
                auditor.getBean(CommandBus.class).dispatch(
                        GenericCommandMessage.asCommandMessage(appropriation("V-6", "1.00")),
                        (message, result) -> failure.set(result.optionalExceptionResult().orElse(null)));
            } else {
                auditor.getBean(EventStore.class).publish(GenericEventMessage.asEventMessage("forged"));
            }
        } catch (RuntimeException refusedAtDispatch) {
            failure.set(refusedAtDispatch);
        }
        assertThat(failure.get()).isInstanceOf(ReadOnlyLedgerException.class);
        assertThat(eventCount()).isEqualTo(2);
    }

    @Test
    void readingWorksForTheAuditor() {
        assertThat(auditor.getBean(EventStore.class).readEvents(LEDGER.id()).asStream()
                .map(e -> e.getMetaData().get("user"))).containsExactly("wang.fang", "wang.fang");
    }

    private long eventCount() {
        return officer.getBean(EventStore.class).readEvents(LEDGER.id()).asStream().count();
    }
}
