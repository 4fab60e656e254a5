package fiscalledger.ledger.config;

import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVIndex;
import org.h2.mvstore.db.Store;
import org.h2.mvstore.tx.Transaction;
import org.h2.schema.Schema;
import org.h2.table.Table;
import org.h2.value.VersionedValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what a killed process's open transaction left in the H2 file beyond H2's own rollback.
 * <p>
 * H2 rolls an interrupted transaction back from its undo log when it opens the file. But it writes its maps to the file
 * one after another while the transaction goes on writing, so the file can hold an index entry whose undo record was
 * not yet written (H2 knows the state: "uncommitted data map entry, but corresponding undo log entry was lost",
 * h2database PR #1222). Such an entry stays marked as written by the dead transaction's id, and H2 gives ids out again
 * from the lowest free one: the first transaction of a later process that gets that id takes the entry for its own
 * uncommitted write. An import after a kill -9 then read a sequence number from the (aggregate, sequence) index that
 * no stored event has — {@code MAX(sequence_number)} is answered from the index alone — and its next read of the
 * unit-year failed with {@code Row "5210" not found in primary index}, which H2 retries as a concurrent update until
 * its lock timeout. Any other reader with that id would see rows that were never committed.
 * <p>
 * So after an unclean shutdown (the file's header lacks H2's clean-shutdown mark) every table map is read once before
 * anything else uses the store, and each entry still marked uncommitted by a transaction that is not running gets
 * what H2's rollback would have given it: its committed value, or no entry when it had none. This reads the whole store
 * once, only after a crash; a clean start costs reading the file's first block.
 */
final class H2CrashLeftovers {

    private H2CrashLeftovers() {
    }

    /** Whether H2 closed {@code file} itself: its store header carries {@code clean:1} only then. */
    static boolean closedCleanly(Path file) {
        if (!Files.exists(file)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String header = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            return header.startsWith("H:2") && header.contains(",clean:1,");
        } catch (IOException e) {
            // unreadable here means H2 will say why when it opens the file
            return true;
        }
    }

    /**
     * Gives every entry left uncommitted by a transaction that is not running its committed state. Meant for a store
     * nobody writes to yet; an entry that changes meanwhile, or whose transaction has started writing, is left alone.
     *
     * @return how many entries were restored
     */
    static long clear(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        Store store = session.getDatabase().getStore();
        if (store == null) {
            return 0;
        }
        Map<MVMap<Object, VersionedValue<Object>>, List<Leftover>> found = new IdentityHashMap<>();
        Set<Integer> writing = writing(store);
        for (MVMap<Object, VersionedValue<Object>> map : tableMaps(session)) {
            List<Leftover> leftovers = leftovers(map, writing);
            if (!leftovers.isEmpty()) {
                found.put(map, leftovers);
            }
        }
        if (found.isEmpty()) {
            return 0;
        }
        // asked again: a transaction that began writing during the scan keeps its entries
        Set<Integer> writingNow = writing(store);
        long restored = 0;
        for (Map.Entry<MVMap<Object, VersionedValue<Object>>, List<Leftover>> e : found.entrySet()) {
            for (Leftover leftover : e.getValue()) {
                if (!writingNow.contains(transactionId(leftover.value()))
                        && restore(e.getKey(), leftover.key(), leftover.value())) {
                    restored++;
                }
            }
        }
        store.getMvStore().commit();
        return restored;
    }

    /** Transactions that have written something since the store was opened: their entries are theirs. */
    private static Set<Integer> writing(Store store) {
        Set<Integer> ids = new HashSet<>();
        for (Transaction t : store.getTransactionStore().getOpenTransactions()) {
            if (t.hasChanges()) {
                ids.add(t.getId());
            }
        }
        return ids;
    }

    /** The transaction id is the operation id's high bits (H2's TransactionStore.getTransactionId). */
    private static int transactionId(VersionedValue<?> value) {
        return (int) (value.getOperationId() >>> 40);
    }

    @SuppressWarnings("unchecked")
    private static List<MVMap<Object, VersionedValue<Object>>> tableMaps(SessionLocal session) {
        // a table's primary key on its row id shares the table's map (MVDelegateIndex): each map once
        Map<MVMap<?, ?>, Boolean> maps = new IdentityHashMap<>();
        for (Schema schema : session.getDatabase().getAllSchemasNoMeta()) {
            for (Table table : schema.getAllTablesAndViews(session)) {
                List<Index> indexes = table.getIndexes();
                if (indexes == null) {
                    continue;
                }
                for (Index index : indexes) {
                    if (index instanceof MVIndex<?, ?> mv && mv.getMVMap() != null) {
                        maps.put(mv.getMVMap(), Boolean.TRUE);
                    }
                }
            }
        }
        List<MVMap<Object, VersionedValue<Object>>> list = new ArrayList<>();
        maps.keySet().forEach(m -> list.add((MVMap<Object, VersionedValue<Object>>) m));
        return list;
    }

    /** An entry as the scan found it; H2's index keys have no hash code, so these are kept in a list. */
    private record Leftover(Object key, VersionedValue<Object> value) {
    }

    private static List<Leftover> leftovers(MVMap<Object, VersionedValue<Object>> map, Set<Integer> writing) {
        List<Leftover> leftovers = new ArrayList<>();
        Cursor<Object, VersionedValue<Object>> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            Object key = cursor.next();
            VersionedValue<Object> value = cursor.getValue();
            if (value.getOperationId() != 0 && !writing.contains(transactionId(value))) {
                leftovers.add(new Leftover(key, value));
            }
        }
        return leftovers;
    }

    /** What H2's rollback does with an entry: its committed value back, or no entry when it had none. */
    @SuppressWarnings("unchecked")
    private static boolean restore(MVMap<Object, VersionedValue<Object>> map, Object key,
                                   VersionedValue<Object> leftover) {
        Object committed = leftover.getCommittedValue();
        // H2's committed values (rows, index values) are their own committed version, as its rollback stores them
        VersionedValue<Object> restored = (VersionedValue<Object>) committed;
        boolean[] done = {false};
        map.operate(key, restored, new MVMap.DecisionMaker<VersionedValue<Object>>() {
            @Override
            public MVMap.Decision decide(VersionedValue<Object> existing, VersionedValue<Object> provided) {
                if (existing != leftover) {
                    done[0] = false;
                    return MVMap.Decision.ABORT;
                }
                done[0] = true;
                return restored == null ? MVMap.Decision.REMOVE : MVMap.Decision.PUT;
            }
        });
        return done[0];
    }

    /**
     * Numbers the next event right after the last one stored. H2 hands out {@code global_index} values from a cache of
     * 10,000 (schema) and keeps only the end of the cache in the file, so after a kill the next event was numbered up
     * to 10,000 beyond the last: a gap that Axon's tracking processors keep in their tokens and ask the store about in
     * every batch until it times out (60 s) — read models 40,000 events behind after a re-import took a minute to catch
     * up instead of seconds. The numbers in between were never committed (a killed transaction's were rolled back), so
     * no processor has seen them.
     *
     * @return the global index the next event gets, or -1 when there is no event table yet
     */
    static long closeGlobalIndexGap(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'DOMAIN_EVENT_ENTRY'")) {
                tables.next();
                if (tables.getLong(1) == 0) {
                    return -1;
                }
            }
            long next;
            try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(global_index), 0) + 1 FROM domain_event_entry")) {
                max.next();
                next = max.getLong(1);
            }
            statement.execute("ALTER TABLE domain_event_entry ALTER COLUMN global_index RESTART WITH " + next);
            return next;
        }
    }
}
