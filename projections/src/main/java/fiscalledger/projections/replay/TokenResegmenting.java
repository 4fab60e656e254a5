package fiscalledger.projections.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * Gives a stopped processor the configured number of segments when a rebuild starts. Axon fixes a processor's segment
 * count when it first stores its tokens, so a store keeps the count it was created with even after the setting (or
 * its default) changed; a rebuild is the moment to change it, since every segment starts again from the first event.
 * <p>
 * The old segments' tokens are replaced by the new count of segments, each at the furthest position any old segment
 * had reached, and the reset that follows (which empties the read models and turns these tokens into replay tokens
 * from the first event) runs in the same transaction, so a reset that fails takes the new segments back with it
 * (except what H2 commits on its own: its TRUNCATE ends the transaction, as it did before this step existed; the next
 * start finishes a rebuild so interrupted, {@link RebuildResumption}); a segment held by another process fails the
 * claim here, before anything is changed, as it failed the reset.
 */
public final class TokenResegmenting {
    private final TransactionManager transactions;
    private final int segments;

    public TokenResegmenting(TransactionManager transactions, int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1: " + segments);
        }
        this.transactions = transactions;
        this.segments = segments;
    }

    /**
     * Runs {@code reset} in one transaction, after replacing the processor's segments by the configured number if
     * their number differs. The processor must be stopped: the old segments are claimed here to be deleted.
     */
    void resetIn(TokenStore tokens, String processorName, Runnable reset) {
        transactions.executeInTransaction(() -> {
            int[] existing = tokens.fetchSegments(processorName);
            if (existing.length > 0 && existing.length != segments) {
                TrackingToken furthest = null;
                for (int segment : existing) {
                    furthest = furthest(furthest, tokens.fetchToken(processorName, segment));
                }
                for (int segment : existing) {
                    tokens.deleteToken(processorName, segment);
                }
                tokens.initializeTokenSegments(processorName, segments, furthest);
            }
            reset.run();
        });
    }

    private static TrackingToken furthest(TrackingToken a, TrackingToken b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.upperBound(b);
    }
}
