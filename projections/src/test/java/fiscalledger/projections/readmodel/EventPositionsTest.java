package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventPositionsTest {

    /** A template without a database: any look-up fails. */
    private final EventPositions positions = new EventPositions(new JdbcTemplate());

    @Test
    void theGlobalIndexTheStoreReadWithTheEventIsTakenWithoutALookUp() {
        GenericEventMessage<String> event = new GenericEventMessage<>("payload",
                MetaData.with(LedgerMetadata.GLOBAL_INDEX, 4711L).and(LedgerMetadata.USER, "wang"));

        assertThat(positions.of(event)).isEqualTo(4711L);
    }

    @Test
    void anEventWithoutItIsLookedUpInTheStore() {
        GenericEventMessage<String> event = new GenericEventMessage<>("payload", MetaData.with(LedgerMetadata.USER, "wang"));

        assertThatThrownBy(() -> positions.of(event)).isNotInstanceOf(ClassCastException.class)
                .hasMessageContaining("DataSource");
    }
}
