package fiscalledger.scaleout.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The physical limits of the store on this machine, measured on the ledger's own event table with plain JDBC: rows
 * inserted in batches (one commit per batch, as an import commits per chunk), rows inserted one per transaction
 * (what a single command cannot beat), and a sequential scan reading every payload. The rows carry serialized
 * entries of the benchmark's year, so they have the real size: as many rows as the year has entries, cycling through a
 * sample of its payloads (holding a million payloads would cost the benchmark's heap more than the ledger uses). The
 * table is emptied again afterwards.
 */
final class RawStoreBaseline {

    record Result(double insertRowsPerSecond, double scanRowsPerSecond, Latency singleInsert) {
    }

    private static final String INSERT = "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, "
            + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RawStoreBaseline() {
    }

    static Result measure(BenchStore store, List<byte[]> payloads, int rowCount, int batch, int singleSamples)
            throws SQLException {
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            byte[] meta = "{\"user\":\"benchmark\",\"reason\":null}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String now = Instant.now().toString();
            long start = System.nanoTime();
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                for (int i = 0; i < rowCount; i++) {
                    bind(st, "baseline-" + (i / 10_000), i % 10_000, meta, payloads.get(i % payloads.size()), now);
                    st.addBatch();
                    if ((i + 1) % batch == 0 || i == rowCount - 1) {
                        st.executeBatch();
                        c.commit();
                    }
                }
            }
            double insertRate = rowCount / seconds(start);

            start = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery("SELECT global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp "
                        + "FROM domain_event_entry ORDER BY global_index")) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getBytes(7).length + rs.getString(5).length();
                    }
                }
            }
            c.commit();
            double scanRate = rows / seconds(start);
            if (bytes == 0) {
                throw new IllegalStateException("the baseline scan read nothing");
            }

            List<Long> singles = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                for (int i = 0; i < singleSamples; i++) {
                    long t = System.nanoTime();
                    bind(st, "baseline-single", i, meta, payloads.get(i % payloads.size()), now);
                    st.executeUpdate();
                    c.commit();
                    singles.add(System.nanoTime() - t);
                }
            }
            try (Statement st = c.createStatement()) {
                // TRUNCATE: a DELETE of a million rows is one huge transaction (and leaves them dead in PostgreSQL).
                // RESTART IDENTITY: the ledger's events must start at global index 1 again; after N baseline rows the
                // processor's first token would otherwise list the N unused numbers below it as gaps, and Axon puts
                // every gap in one IN (...) of its event query, past the databases' parameter limits
                st.execute("TRUNCATE TABLE domain_event_entry RESTART IDENTITY");
            }
            c.commit();
            return new Result(insertRate, scanRate, Latency.of(singles));
        }
    }

    private static void bind(PreparedStatement st, String aggregate, long sequence, byte[] meta, byte[] payload,
                             String now) throws SQLException {
        st.setString(1, aggregate);
        st.setLong(2, sequence);
        st.setString(3, "FiscalYearLedger");
        st.setString(4, UUID.randomUUID().toString());
        st.setBytes(5, meta);
        st.setBytes(6, payload);
        st.setString(7, null);
        st.setString(8, "fiscalledger.ledger.api.event.ExpenditureRecordedEvent");
        st.setString(9, now);
    }

    static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
