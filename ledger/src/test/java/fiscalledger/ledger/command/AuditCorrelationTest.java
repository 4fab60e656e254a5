package fiscalledger.ledger.command;

import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who recorded and why go from a command to the events it records, and from nothing else. */
class AuditCorrelationTest {

    private final AuditCorrelation correlation = new AuditCorrelation();
    private final MetaData audit = MetaData.with(LedgerMetadata.USER, "zhang.san")
            .and(LedgerMetadata.REASON, "月末结账").and("other", "not audit");

    @Test
    void aCommandGivesItsUserAndReasonToWhatItRecords() {
        Map<String, ?> given = correlation.correlationDataFor(new GenericCommandMessage<>("a command", audit));
        assertThat(given).isEqualTo(Map.of(LedgerMetadata.USER, "zhang.san", LedgerMetadata.REASON, "月末结账"));
    }

    @Test
    void anEventBeingHandledGivesNothing() {
        // an event processor's unit of work asks for every event it handles; nothing it creates is recorded
        assertThat(correlation.correlationDataFor(new GenericEventMessage<>("an event", audit))).isEmpty();
    }
}
