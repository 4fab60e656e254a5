package fiscalledger.ledger.config;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.command.LedgerRuleException;
import fiscalledger.ledger.api.command.RegisterCodeCommand;
import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledgertest.ledger.LedgerTestApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static fiscalledger.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded H2 file store keeps events and the aggregate's state across a restart of the process. */
class LedgerRestartIntegrationTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerTestApplication.class)
                .properties("fiscal-ledger.data-dir=" + dataDir, "spring.main.banner-mode=off")
                .run();
    }

    @Test
    void eventsAndRulesSurviveARestartOnTheSameDataDirectory() {
        try (ConfigurableApplicationContext first = start()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(openYear());
            RecordingResult appropriated = commands.sendAndWait(appropriation("V-1", "1000.00"));
            assertThat(appropriated.recorded()).isEqualTo(1);
            commands.sendAndWait(closeYear("CLOSE-2024"));
            commands.sendAndWait(new RegisterCodeCommand(CodeKind.ECONOMIC, "30298", "测试费"));
        }
        assertThat(Files.exists(dataDir.resolve("ledger.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            EventStore events = second.getBean(EventStore.class);
            assertThat(events.readEvents(LEDGER.id()).asStream().count()).isEqualTo(3);
            CommandGateway commands = second.getBean(CommandGateway.class);

            RecordingResult again = commands.sendAndWait(appropriation("V-1", "1000.00"));
            assertThat(again.skippedAsDuplicate()).isEqualTo(1);
            assertThat(again.recorded()).isZero();

            assertThatThrownBy(() -> commands.sendAndWait(appropriation("V-2", "5.00")))
                    .isInstanceOf(LedgerRuleException.class)
                    .hasMessageContaining("is closed");
            assertThat(events.readEvents(LEDGER.id()).asStream().count()).isEqualTo(3);
            assertThat(second.getBean(CodeCatalog.class).nameOf(EconomicCode.of("30298"))).contains("测试费");
        }
    }
}
