package fiscalledger.scaleout;

import fiscalledger.testsupport.PostgresTestDatabase;
import fiscalledger.projections.readmodel.LedgerProjection;
import fiscalledger.projections.replay.ProjectionReplay;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two ledger processes (separate JVMs) on one PostgreSQL database record their own units and share the projection
 * work through the tracking processor's segment claims. One of them is killed (SIGKILL: no claim released) at a point
 * chosen by what it has done, not by time: its projection stands in the commit phase of a batch, the token and the
 * batch's postings written and not committed, and its recording is half-way. The survivor takes over its segment
 * after the claim timeout, and the read models end up complete and identical to a single-process rebuild.
 * <p>
 * The units are chosen so that each of the two segments holds one unit of each process ({@code "510001/2024"} and
 * {@code "520002/2024"} hash to segment 0, {@code "510002/2024"} and {@code "520001/2024"} to segment 1).
 */
class MultiProcessPostgresTest {

    private static final String PROCESSOR = LedgerProjection.PROCESSING_GROUP;
    private static final Duration LONG = Duration.ofMinutes(8);

    @Test
    void twoProcessesShareTheSegmentsAndTheSurvivorFinishesTheKilledOnesWork() throws Exception {
        try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
            List<String> common = List.of("fiscal-ledger.token-claim-timeout=3s",
                    "fiscal-ledger.projections.balance-interval=1s", "fiscal-ledger.projections.segments=2",
                    "fiscal-ledger.projections.batch-size=50", "logging.level.root=WARN",
                    "logging.level.org.axonframework.eventhandling.TrackingEventProcessor=INFO",
                    "logging.level.fiscalledger.projections.scaleout=INFO", "scaleout-test.trace-batches=true");
            Map<String, List<String>> incremental;
            try (NodeProcess a = NodeProcess.start("node-a", with(db.springProperties("node-a"), common), List.of(),
                    "510001:3000", "510002:3000");
                 NodeProcess b = NodeProcess.start("node-b", with(db.springProperties("node-b"), common),
                         List.of(RecordingNode.WAIT_FOR_GO + "=true", RecordingNode.FREEZE_AFTER + "=300",
                                 RecordingNode.PAUSE_AT + "=4500"),
                         "520001:3000", "520002:20000")) {
                Supplier<String> state = () -> state(db) + "\n--- node-a:\n" + a.output() + "\n--- node-b:\n" + b.output();

                // both record, and each holds one of the two segments: the work is shared
                waitFor("each process holds a segment",
                        () -> owners(db).equals(Set.of("node-a", "node-b")) || !a.isAlive() || !b.isAlive(), state);
                assertThat(a.isAlive() && b.isAlive()).as("both processes run\n" + state.get()).isTrue();
                assertThat(segments(db)).hasSize(2);

                // now B records: its projection stops inside a batch (after 300 events, which its own recording
                // brings to whichever segment it holds) and its recording waits half-way: kill it right there
                b.send("go");
                waitFor("node-b froze in the middle of a batch", () -> b.printedStartingWith("frozen") || !b.isAlive(), state);
                assertThat(b.isAlive()).as("node-b died early:\n" + b.output()).isTrue();
                String[] frozen = b.lineStartingWith("frozen").split(" ");
                int segment = Integer.parseInt(frozen[2]);
                long batchEnd = Long.parseLong(frozen[4]);
                assertThat(ownerOf(db, segment)).isEqualTo("node-b");
                assertThat(positionOf(db, segment)).as("B's committed token stops before its open batch").isLessThan(batchEnd);
                assertThat(openBatchOf(db, "node-b")).as("B's open transaction holds the token update and postings")
                        .isTrue();
                assertThat(b.printedStartingWith("recorded 520002")).as("node-b is half-way through its recording").isFalse();
                b.kill();

                waitFor("node-a recorded everything", () -> a.printed("idle") || !a.isAlive(), state);
                assertThat(a.isAlive()).as("node-a died:\n" + a.output()).isTrue();

                // after the claim timeout A claims B's segment, redoes B's lost batch and brings both to the head
                waitFor("node-a took over and caught up", () -> caughtUpBy(db, "node-a"), state);
                try (Connection c = db.connect()) {
                    incremental = ReadModelDump.of(c);
                }
                assertThat(a.stop()).isZero();
            }

            try (Connection c = db.connect()) {
                assertThat(count(c, "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '510001/2024'"))
                        .isEqualTo(3000);
                assertThat(count(c, "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = '510002/2024'"))
                        .isEqualTo(3000);
                assertThat(count(c, "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier LIKE '52000%'"))
                        .as("B's entries, recorded up to the kill").isBetween(250L, 22_999L);
                // every payment recorded through either process has its posting
                assertThat(count(c, "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%ExpenditureRecordedEvent'"))
                        .isEqualTo(count(c, "SELECT COUNT(*) FROM postings WHERE movement = 'expenditure' AND reversed_voucher IS NULL"));
            }

            Map<String, List<String>> rebuilt;
            List<String> single = with(db.springProperties("rebuilder"), common);
            single.add("fiscal-ledger.node-id=rebuilder");
            try (ConfigurableApplicationContext alone = NodeApplication.start(single)) {
                // Axon 4.13's processor loses a worker thread when it is shut down while it is still launching its
                // workers (the last claimed segment is freed without giving its thread back); a replay started at
                // that moment would run one segment only. So the rebuild starts once this process holds them all.
                waitFor("the rebuilding process holds every segment", () -> owners(db).equals(Set.of("rebuilder"))
                        && segments(db).stream().allMatch(s -> "rebuilder".equals(s.owner())), () -> state(db));
                alone.getBean(ProjectionReplay.class).start();
                // done when the token store says so: this one process holds every segment, each at the head
                waitFor("the single-process rebuild reached the head", () -> caughtUpBy(db, "rebuilder"), () -> state(db));
                try (Connection c = db.connect()) {
                    rebuilt = ReadModelDump.of(c);
                }
            }
            assertThat(rebuilt.get("postings").size()).as("postings of at least A's 6,000 entries").isGreaterThan(5_000);
            for (String table : rebuilt.keySet()) {
                assertThat(incremental.get(table)).as("read model %s after the kill vs. a single-process rebuild", table)
                        .containsExactlyElementsOf(rebuilt.get(table));
            }
        }
    }

    private static List<String> with(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Awaits a condition; on timeout the failure says what the token store and the database sessions looked like. */
    private static void waitFor(String what, Callable<Boolean> condition, Supplier<String> state) {
        try {
            await(what).ignoreExceptions().atMost(LONG).pollInterval(Duration.ofMillis(200)).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not within " + LONG + ": " + what + "\n" + state.get(), e);
        }
    }

    private static String state(PostgresTestDatabase db) {
        try (Connection c = db.connect()) {
            StringBuilder out = new StringBuilder("head " + TokenTable.head(c) + "; tokens " + TokenTable.segments(c, PROCESSOR));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT application_name, state, wait_event_type, wait_event, LEFT(query, 120) FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                while (rs.next()) {
                    out.append("\n  session ").append(rs.getString(1)).append(": ").append(rs.getString(2)).append(" ")
                            .append(rs.getString(3)).append("/").append(rs.getString(4)).append(" ").append(rs.getString(5));
                }
            }
            return out.toString();
        } catch (SQLException e) {
            return "(database state unavailable: " + e.getMessage() + ")";
        }
    }

    private static List<TokenTable.Segment> segments(PostgresTestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return TokenTable.segments(c, PROCESSOR);
        }
    }

    private static Set<String> owners(PostgresTestDatabase db) throws SQLException {
        return segments(db).stream().map(TokenTable.Segment::owner).filter(o -> o != null)
                .collect(Collectors.toSet());
    }

    private static String ownerOf(PostgresTestDatabase db, int segment) throws SQLException {
        return segments(db).stream().filter(s -> s.segment() == segment).findFirst().orElseThrow().owner();
    }

    private static long positionOf(PostgresTestDatabase db, int segment) throws SQLException {
        return segments(db).stream().filter(s -> s.segment() == segment).findFirst().orElseThrow().position();
    }

    /** Whether a session of {@code node} has an open transaction that wrote both a token and postings. */
    private static boolean openBatchOf(PostgresTestDatabase db, String node) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity a WHERE a.application_name = ? AND a.state = 'idle in transaction' "
                        + "AND a.datname = current_database() "
                        + "AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid "
                        + "    AND l.relation = 'postings'::regclass AND l.mode = 'RowExclusiveLock') "
                        + "AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid "
                        + "    AND l.relation = 'token_entry'::regclass AND l.mode = 'RowExclusiveLock')")) {
            st.setString(1, node);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) >= 1;
            }
        }
    }

    private static boolean caughtUpBy(PostgresTestDatabase db, String owner) throws SQLException {
        try (Connection c = db.connect()) {
            long head = TokenTable.head(c);
            List<TokenTable.Segment> segments = TokenTable.segments(c, PROCESSOR);
            return segments.size() == 2 && segments.stream()
                    .allMatch(s -> owner.equals(s.owner()) && s.position() >= head);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
