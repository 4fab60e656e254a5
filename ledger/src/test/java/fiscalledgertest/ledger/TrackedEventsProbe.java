package fiscalledgertest.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A streaming (tracking) event handler, as the projections use: proves the token store and event reading work. */
@Component
@ProcessingGroup("ledger-it-probe")
public class TrackedEventsProbe {

    private final List<Object> seen = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(fiscalledger.ledger.api.event.LedgerEvent event) {
        seen.add(event);
    }

    public List<Object> seen() {
        return seen;
    }
}
