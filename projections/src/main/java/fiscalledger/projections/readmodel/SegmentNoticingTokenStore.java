package fiscalledger.projections.readmodel;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The processor's token store, noting which segment the calling thread fetched a token for last. Axon's tracking
 * processor fetches a segment's token and opens its event stream with it in the same thread, so the stream's
 * {@link PrefetchingMessageSource} learns from {@link #takeSegmentFetchedByThisThread} which segment it reads for and
 * need not deserialise the events another segment handles. Only a hint: a stream opened without it reads every event
 * as before, and an event read ahead without being deserialised is deserialised by the processor if it handles it.
 */
public final class SegmentNoticingTokenStore implements TokenStore {
    private static final ThreadLocal<Supplier<Segment>> FETCHED = new ThreadLocal<>();

    private final TokenStore delegate;

    public SegmentNoticingTokenStore(TokenStore delegate) {
        this.delegate = delegate;
    }

    /** The segment whose token this thread fetched last from a noticing store, forgotten once taken. */
    static Optional<Segment> takeSegmentFetchedByThisThread() {
        Supplier<Segment> segment = FETCHED.get();
        FETCHED.remove();
        return segment == null ? Optional.empty() : Optional.ofNullable(segment.get());
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        TrackingToken token = delegate.fetchToken(processorName, segment);
        // its mask is looked up only if a stream is opened with the token
        FETCHED.set(() -> segmentOf(processorName, segment));
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        TrackingToken token = delegate.fetchToken(processorName, segment);
        FETCHED.set(() -> segment);
        return token;
    }

    /** The segment with its mask, which follows from the ids of all the processor's segments; null if it is gone. */
    private Segment segmentOf(String processorName, int segmentId) {
        int[] ids = delegate.fetchSegments(processorName);
        for (int id : ids) {
            if (id == segmentId) {
                return Segment.computeSegment(segmentId, ids);
            }
        }
        return null;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken)
            throws UnableToClaimTokenException {
        delegate.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) throws UnableToClaimTokenException {
        delegate.storeToken(token, processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
