package fiscalledger.projections.check;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global index and payload type of every event of one aggregate (a unit-year) in the event store, which the read
 * models are compared with. Events are only ever appended, with an aggregate's sequence numbers 0, 1, 2, …: what was
 * read is kept for the last few unit-years, and a later check reads only the events appended since, once the
 * aggregate's count of events in the store confirms nothing else changed (otherwise it reads them all again). Reading
 * 100,000 events' types anew each time was a fifth of a live check.
 */
final class StoredEvents {
    private static final int KEPT = 4;

    private final JdbcTemplate jdbc;
    private final Map<String, Index> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Index> eldest) {
            return size() > KEPT;
        }
    };

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of an aggregate as stored now. */
    Index of(String aggregate) {
        Index known;
        synchronized (kept) {
            known = kept.get(aggregate);
        }
        Index now = known == null ? read(aggregate, Index.EMPTY) : read(aggregate, known);
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregate);
        if (stored == null || stored != now.size()) {
            // something other than an append (or an append since the read): take the aggregate's events as they are
            now = read(aggregate, Index.EMPTY);
        }
        synchronized (kept) {
            kept.put(aggregate, now);
        }
        return now;
    }

    /** {@code known} and the events stored after its last sequence number. */
    private Index read(String aggregate, Index known) {
        Index.Builder builder = new Index.Builder(known);
        jdbc.query("SELECT global_index, payload_type, sequence_number FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number > ?", (ResultSetExtractor<Void>) rs -> {
                    while (rs.next()) {
                        builder.add(rs.getLong(1), rs.getString(2), rs.getLong(3));
                    }
                    return null;
                }, aggregate, known.lastSequenceNumber);
        return builder.build();
    }

    /** An aggregate's events by global index, each with its payload type (one of a few, so kept as a number). */
    static final class Index {
        static final Index EMPTY = new Index(new long[0], new int[0], List.of(), -1);

        private final long[] globalIndexes;
        private final int[] types;
        private final List<String> typeNames;
        private final long lastSequenceNumber;

        private Index(long[] globalIndexes, int[] types, List<String> typeNames, long lastSequenceNumber) {
            this.globalIndexes = globalIndexes;
            this.types = types;
            this.typeNames = typeNames;
            this.lastSequenceNumber = lastSequenceNumber;
        }

        int size() {
            return globalIndexes.length;
        }

        /** The payload types, each once; an event's type is its position here. */
        List<String> typeNames() {
            return typeNames;
        }

        long globalIndex(int i) {
            return globalIndexes[i];
        }

        int type(int i) {
            return types[i];
        }

        /** The type (a position in {@link #typeNames()}) of the event at a global index, or -1 for no event of it. */
        int typeAt(long globalIndex) {
            int i = Arrays.binarySearch(globalIndexes, globalIndex);
            return i < 0 ? -1 : types[i];
        }

        private static final class Builder {
            private final List<String> typeNames;
            private final Map<String, Integer> typeIds = new HashMap<>();
            private long[] indexes;
            private int[] types;
            private int size;
            private long lastSequenceNumber;
            private boolean sorted = true;

            Builder(Index known) {
                typeNames = new ArrayList<>(known.typeNames);
                for (int i = 0; i < typeNames.size(); i++) {
                    typeIds.put(typeNames.get(i), i);
                }
                indexes = Arrays.copyOf(known.globalIndexes, Math.max(16, known.size() + 1024));
                types = Arrays.copyOf(known.types, indexes.length);
                size = known.size();
                lastSequenceNumber = known.lastSequenceNumber;
            }

            void add(long globalIndex, String type, long sequenceNumber) {
                if (size == indexes.length) {
                    indexes = Arrays.copyOf(indexes, size * 2);
                    types = Arrays.copyOf(types, size * 2);
                }
                sorted &= size == 0 || indexes[size - 1] < globalIndex;
                indexes[size] = globalIndex;
                types[size] = typeIds.computeIfAbsent(type, t -> {
                    typeNames.add(t);
                    return typeNames.size() - 1;
                });
                size++;
                lastSequenceNumber = Math.max(lastSequenceNumber, sequenceNumber);
            }

            Index build() {
                long[] byIndex = Arrays.copyOf(indexes, size);
                int[] typeByIndex = Arrays.copyOf(types, size);
                if (!sorted) {
                    // rows come in the index's order of sequence numbers; global indexes nearly always follow it
                    Integer[] order = new Integer[size];
                    for (int i = 0; i < size; i++) {
                        order[i] = i;
                    }
                    Arrays.sort(order, (a, b) -> Long.compare(indexes[a], indexes[b]));
                    for (int i = 0; i < size; i++) {
                        byIndex[i] = indexes[order[i]];
                        typeByIndex[i] = types[order[i]];
                    }
                }
                return new Index(byIndex, typeByIndex, List.copyOf(typeNames), lastSequenceNumber);
            }
        }
    }
}
