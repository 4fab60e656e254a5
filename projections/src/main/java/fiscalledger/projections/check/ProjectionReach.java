package fiscalledger.projections.check;

import fiscalledger.projections.audit.StoredTokens;
import fiscalledger.projections.readmodel.LedgerProjection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far the read-model processor has got, read from its stored tokens (not from the processor, which a read-only
 * process does not run, and not through the token store, whose fetch would claim the segment): every event up to
 * {@link Reach#upTo()} has reached the read models except those still pending in a token's gaps.
 */
public class ProjectionReach {
    private final StoredTokens storedTokens;

    public ProjectionReach(JdbcTemplate jdbc, Serializer tokenSerializer) {
        this.storedTokens = new StoredTokens(jdbc, tokenSerializer);
    }

    /** The events the read models must hold: up to a global index, less the ones a segment has not seen yet. */
    public record Reach(long upTo, Set<Long> pending) {
        public static final Reach NOTHING = new Reach(-1, Set.of());

        public boolean covers(long globalIndex) {
            return globalIndex <= upTo && !pending.contains(globalIndex);
        }
    }

    public Reach reach() {
        List<TrackingToken> tokens = storedTokens.of(LedgerProjection.PROCESSING_GROUP).stream()
                .map(StoredTokens.StoredToken::token).toList();
        if (tokens.isEmpty()) {
            return Reach.NOTHING;
        }
        long upTo = Long.MAX_VALUE;
        Set<Long> pending = new TreeSet<>();
        for (TrackingToken token : tokens) {
            // a replaying segment has rebuilt the read models only as far as its current token
            TrackingToken reached = token == null ? null : WrappedToken.unwrapLowerBound(token);
            if (reached == null || reached.position().isEmpty()) {
                return Reach.NOTHING;
            }
            upTo = Math.min(upTo, reached.position().getAsLong());
            if (reached instanceof GapAwareTrackingToken gapAware) {
                pending.addAll(gapAware.getGaps());
            }
        }
        return new Reach(upTo, Set.copyOf(pending));
    }
}
