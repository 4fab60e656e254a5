package fiscalledger.shell.reliability;

import fiscalledger.projections.readmodel.ReadModelSchema;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What a store holds, in two numbers that any change would move: the number of events (and the last global index),
 * and a SHA-256 over every row of every read-model table, rows sorted so that the order a query returns them in
 * does not matter.
 */
record StoreFingerprint(long events, long lastIndex, String readModels) {

    static StoreFingerprint of(JdbcTemplate jdbc) {
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        Long last = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return new StoreFingerprint(events, last == null ? -1 : last, readModelDigest(jdbc));
    }

    static String readModelDigest(JdbcTemplate jdbc) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : ReadModelSchema.TABLES) {
                List<String> rows = new ArrayList<>();
                for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                    rows.add(new java.util.TreeMap<>(row).toString());
                }
                rows.sort(null);
                digest.update((table + rows.size()).getBytes(StandardCharsets.UTF_8));
                rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
