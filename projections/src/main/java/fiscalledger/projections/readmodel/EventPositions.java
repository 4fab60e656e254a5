package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.LedgerMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The global sequence number of each event the tracking processor hands to the read models: the event's
 * {@code global_index} in the event table. The event store puts it into the metadata of every event a tracking
 * processor reads ({@link LedgerMetadata#GLOBAL_INDEX}); an event without it (one not read from the store) has it
 * looked up by its identifier, for all the events of its batch at once.
 * <p>
 * The tracking token's position is not that number. Events become visible in the order their transactions commit,
 * not in the order of their global index; when two processes (or two threads) record at once, the processor reads
 * later events first and comes back for the earlier ones (the gaps of its gap-aware token). An event that fills such a
 * gap carries a token whose position is the highest index read so far, i.e. the number of another event. Used as the
 * read models' {@code seq}, it gave two events of a batch the same posting key (the duplicate {@code pk_postings} that
 * stopped the processor for good), or, when the other event had no posting with that line, stored the posting under
 * the wrong event: a trace, a history or an as-of cut-off would then have named the wrong entry.
 */
public class EventPositions {
    private static final String RESOURCE = EventPositions.class.getName() + ".batch";
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    public EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The global sequence number of {@code event}, which is being handled in the current unit of work (if any). */
    public long of(EventMessage<?> event) {
        if (event.getMetaData().get(LedgerMetadata.GLOBAL_INDEX) instanceof Long stored) {
            return stored;
        }
        Map<String, Long> known = Map.of();
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
            known = uow.getOrComputeResource(RESOURCE, k -> lookUp(identifiers(uow)));
        }
        Long index = known.get(event.getIdentifier());
        if (index == null) {
            index = lookUp(List.of(event.getIdentifier())).get(event.getIdentifier());
        }
        if (index == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName()
                    + ") is not in the event store: its global sequence number is unknown");
        }
        return index;
    }

    private static List<String> identifiers(UnitOfWork<?> uow) {
        List<? extends Message<?>> messages = uow instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages() : List.of(uow.getMessage());
        return messages.stream().map(Message::getIdentifier).toList();
    }

    private Map<String, Long> lookUp(List<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Long> out = new HashMap<>(identifiers.size() * 2);
        for (int from = 0; from < identifiers.size(); from += CHUNK) {
            List<String> chunk = identifiers.subList(from, Math.min(identifiers.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            jdbc.query("SELECT event_identifier, global_index FROM domain_event_entry WHERE event_identifier IN ("
                    + marks + ")", rs -> {
                out.put(rs.getString(1), rs.getLong(2));
            }, chunk.toArray());
        }
        return out;
    }
}
