package fiscalledger.ledger.config;

import org.axonframework.common.IdentifierFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Axon's message identifiers as time-ordered UUIDs (the layout of UUID version 7: 48 bits of milliseconds, then a
 * counter, then 62 random bits), registered through {@code META-INF/services}. An event's identifier is a unique
 * key of the event table; with random UUIDs every event lands on a random page of that index, so a bulk import kept
 * rewriting the whole index at each store of H2's pages. Ordered identifiers are appended at the index's end like the
 * global index is. Within this process the identifiers only grow (a clock set back does not make them repeat); the
 * 62 random bits keep two processes apart (uniqueness rests on time and counter, so they need not be secure random).
 */
public final class TimeOrderedIdentifierFactory extends IdentifierFactory {

    private static final int COUNTER_BITS = 12;

    /** Milliseconds shifted left by the counter bits, plus the counter: strictly increasing. */
    private final AtomicLong last = new AtomicLong();

    @Override
    public String generateIdentifier() {
        return next().toString();
    }

    UUID next() {
        long now = System.currentTimeMillis() << COUNTER_BITS;
        long stamp = last.accumulateAndGet(now, (previous, clock) -> Math.max(previous + 1, clock));
        long millis = stamp >>> COUNTER_BITS;
        long counter = stamp & ((1L << COUNTER_BITS) - 1);
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long low = ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
