package fiscalledger.projections.check;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.facts.PostingCount;
import fiscalledger.projections.facts.PostingSums;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event sequences a unit-year's postings carry, and those events whose posting lines have a hole (some rows gone:
 * line numbers 0…n−1 with fewer than n rows), from one read of the postings. On H2 the rows' sequence and line numbers
 * are read and counted here, by a scan of the table when the unit-year is a large share of it (as {@link PostingSums}
 * reads them): H2's {@code DISTINCT} and {@code GROUP BY … HAVING} over 100,000 postings, which this replaces, were
 * half of a live check. On PostgreSQL the database groups by sequence.
 */
final class PostingSequences {
    private final JdbcTemplate jdbc;
    private final boolean groupsInDatabase;

    PostingSequences(JdbcTemplate jdbc, boolean groupsInDatabase) {
        this.jdbc = jdbc;
        this.groupsInDatabase = groupsInDatabase;
    }

    /** @param sequences every event sequence of the unit-year's postings; @param incomplete those with a hole */
    record Found(Sequences sequences, List<Long> incomplete) {
    }

    /** @param count the unit-year's postings and the table's, counted once per check (to scan or use the index) */
    Found of(LedgerKey ledger, PostingCount count) {
        Object[] key = {ledger.unit().value(), ledger.year().value()};
        Runs runs = new Runs();
        if (groupsInDatabase) {
            jdbc.query("SELECT seq, COUNT(*), MAX(line_no) FROM postings WHERE unit = ? AND fiscal_year = ? GROUP BY seq",
                    (ResultSetExtractor<Void>) rs -> {
                        while (rs.next()) {
                            runs.add(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                        }
                        return null;
                    }, key);
        } else {
            String scan = count.scanIsCheaper() ? " USE INDEX ()" : "";
            jdbc.query("SELECT seq, line_no FROM postings" + scan + " WHERE unit = ? AND fiscal_year = ?",
                    (ResultSetExtractor<Void>) rs -> {
                        while (rs.next()) {
                            runs.line(rs.getLong(1), rs.getInt(2));
                        }
                        return null;
                    }, key);
        }
        return runs.found();
    }

    /**
     * Postings by event, as runs of rows of one sequence. An event's lines are written together, so each is one run
     * in the table's order (and in the index's, by voucher); a sequence met in two runs is added up again at the end.
     */
    private static final class Runs {
        private long[] sequences = new long[1024];
        private long[] counts = new long[1024];
        private long[] maxLines = new long[1024];
        private int size;

        void line(long sequence, int lineNo) {
            if (size == 0 || sequences[size - 1] != sequence) {
                add(sequence, 0, -1);
            }
            counts[size - 1]++;
            maxLines[size - 1] = Math.max(maxLines[size - 1], lineNo);
        }

        void add(long sequence, long count, long maxLine) {
            if (size == sequences.length) {
                sequences = Arrays.copyOf(sequences, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                maxLines = Arrays.copyOf(maxLines, size * 2);
            }
            sequences[size] = sequence;
            counts[size] = count;
            maxLines[size] = maxLine;
            size++;
        }

        Found found() {
            Sequences distinct = Sequences.of(sequences, size);
            List<Long> incomplete = new ArrayList<>();
            if (distinct.size() == size) {
                for (int i = 0; i < size; i++) {
                    if (maxLines[i] + 1 != counts[i]) {
                        incomplete.add(sequences[i]);
                    }
                }
                return new Found(distinct, incomplete);
            }
            Map<Long, long[]> bySequence = new HashMap<>();
            for (int i = 0; i < size; i++) {
                long[] c = bySequence.computeIfAbsent(sequences[i], s -> new long[]{0, -1});
                c[0] += counts[i];
                c[1] = Math.max(c[1], maxLines[i]);
            }
            bySequence.forEach((sequence, c) -> {
                if (c[1] + 1 != c[0]) {
                    incomplete.add(sequence);
                }
            });
            return new Found(distinct, incomplete);
        }
    }
}
