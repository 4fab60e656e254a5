package fiscalledger.ledger.journal;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 trigger on the snapshot table that counts every snapshot stored, per unit-year: Axon keeps only a year's
 * latest snapshot row, so the table itself cannot tell how many were taken.
 */
public final class SnapshotInsertCounter implements Trigger {

    private static final Map<String, AtomicInteger> STORED = new ConcurrentHashMap<>();

    static int stored(String aggregateIdentifier) {
        AtomicInteger count = STORED.get(aggregateIdentifier);
        return count == null ? 0 : count.get();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        STORED.computeIfAbsent(String.valueOf(newRow[0]), k -> new AtomicInteger()).incrementAndGet();
    }
}
