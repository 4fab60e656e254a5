package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.OpenYearCommand;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.api.command.RegisterCodeCommand;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fiscalledger.ledger.LedgerFixtures.OFFICE;
import static fiscalledger.ledger.LedgerFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two ledgers (Spring contexts, each with its own code catalog) on one database, as two processes sharing a
 * PostgreSQL store are: a code registered through one is accepted by the other without a restart, because a catalog
 * that misses a code reads the registry's stored history before calling it unknown.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodesFromAnotherProcessTest {

    @TempDir
    static Path dataDir;

    private static final UnitCode UNIT = new UnitCode("229201");
    private static final FiscalYear YEAR = new FiscalYear(2024);

    private ConfigurableApplicationContext registering;
    private ConfigurableApplicationContext recording;

    private ConfigurableApplicationContext start(String user) {
        return new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off",
                        "fiscal-ledger.user=" + user, "logging.level.root=WARN")
                .run();
    }

    @BeforeAll
    void bothStartedBeforeTheRegistration() {
        registering = start("alice");
        recording = start("bob");
        gateway(recording).sendAndWait(new OpenYearCommand(UNIT, YEAR, "OPEN-2024", LocalDate.of(2024, 1, 2),
                "2024年初", "测试单位", "229", "测试主管部门", UnitType.ADMINISTRATIVE,
                List.of(new OpeningBalance(Fund.GENERAL_BUDGET, FunctionCode.of("2010301"), yuan("1000.00"))), false));
    }

    @AfterAll
    void close() {
        if (recording != null) {
            recording.close();
        }
        if (registering != null) {
            registering.close();
        }
    }

    @Test
    void aCodeRegisteredThroughOneLedgerIsAcceptedByTheOtherWithoutARestart() {
        gateway(registering).sendAndWait(new RegisterCodeCommand(CodeKind.FUNCTION, "2010350", "事业运行"));

        RecordingResult result = gateway(recording).sendAndWait(expense("P-1", "2010350"));

        assertThat(result.recorded()).isEqualTo(1);
        assertThat(recording.getBean(CodeCatalog.class).nameOf(FunctionCode.of("2010350"))).contains("事业运行");
    }

    @Test
    void aCodeNobodyRegisteredIsStillRefused() {
        assertThatThrownBy(() -> gateway(recording).sendAndWait(expense("P-2", "2010351")))
                .isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("2010351");
        assertThat(recording.getBean(CodeCatalog.class).nameOf(FunctionCode.of("2010351"))).isEmpty();
    }

    private static RecordExpenditureCommand expense(String voucher, String function) {
        return new RecordExpenditureCommand(UNIT, YEAR, voucher, LocalDate.of(2024, 3, 1), "办公用品",
                Fund.GENERAL_BUDGET, FunctionCode.of(function), OFFICE, SpendingKind.BASIC_PUBLIC, "", null, Fen.ZERO,
                Fen.ZERO, yuan("10.00"));
    }

    private static CommandGateway gateway(ConfigurableApplicationContext context) {
        return context.getBean(CommandGateway.class);
    }
}
