package fiscalledger.projections.check;

import java.util.Arrays;
import java.util.Set;
import java.util.function.LongConsumer;

/** Event sequence numbers (global indexes) as a sorted set of primitives: a unit-year holds ~100,000 of them. */
final class Sequences {
    private final long[] sorted;

    private Sequences(long[] sorted) {
        this.sorted = sorted;
    }

    /** The distinct values of the first {@code count} of {@code values} (copied: {@code values} is left as it is). */
    static Sequences of(long[] values, int count) {
        long[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        int distinct = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[distinct++] = copy[i];
            }
        }
        return new Sequences(distinct == copy.length ? copy : Arrays.copyOf(copy, distinct));
    }

    static Sequences of(Set<Long> values) {
        return of(values.stream().mapToLong(Long::longValue).toArray(), values.size());
    }

    boolean contains(long sequence) {
        return Arrays.binarySearch(sorted, sequence) >= 0;
    }

    int size() {
        return sorted.length;
    }

    void forEach(LongConsumer action) {
        for (long s : sorted) {
            action.accept(s);
        }
    }
}
