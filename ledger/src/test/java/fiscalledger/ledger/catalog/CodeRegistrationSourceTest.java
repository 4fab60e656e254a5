package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.event.CodeRegisteredEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's processor sees the code registrations of every published batch, in order, and nothing else. */
class CodeRegistrationSourceTest {

    private final SimpleEventBus bus = SimpleEventBus.builder().build();
    private final List<List<Object>> received = new ArrayList<>();

    CodeRegistrationSourceTest() {
        new CodeRegistrationSource(bus).subscribe(batch -> received.add(batch.stream()
                .map(EventMessage::getPayload).map(Object.class::cast).toList()));
    }

    @Test
    void aBatchWithRegistrationsAmongLedgerEventsIsPassedOnWithTheRegistrationsAloneInTheirOrder() {
        CodeRegisteredEvent first = new CodeRegisteredEvent(CodeKind.FUNCTION, "2010350", "事业运行");
        CodeRegisteredEvent second = new CodeRegisteredEvent(CodeKind.ECONOMIC, "30299", "其他商品和服务支出");

        bus.publish(event("a ledger event"), event(first), event(42L), event(second));

        assertThat(received).containsExactly(List.of(first, second));
    }

    @Test
    void aBatchWithoutRegistrationsIsNotPassedOn() {
        bus.publish(event("a ledger event"), event(42L));

        assertThat(received).isEmpty();
    }

    private static EventMessage<?> event(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
