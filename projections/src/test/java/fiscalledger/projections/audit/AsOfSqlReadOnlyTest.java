package fiscalledger.projections.audit;

import fiscalledger.ledger.access.StoreAccess;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.sql.ReadOnlySqlException;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On a read-only store an as-of query says why it cannot run and what works instead, without trying any DDL. */
class AsOfSqlReadOnlyTest {

    /** A data source that fails the test if anything asks it for a connection. */
    private static final DataSource UNTOUCHABLE = (DataSource) Proxy.newProxyInstance(
            AsOfSqlReadOnlyTest.class.getClassLoader(), new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                throw new AssertionError("the read-only store was asked for " + method.getName());
            });

    @Test
    void anAsOfQueryOnAReadOnlyStoreNamesTheReasonAndTheCommandsThatWork() {
        AsOfSql asOf = new AsOfSql(UNTOUCHABLE, null, null,
                StoreAccess.readOnly("this process is connected as the database user ledger_reader, which may only read"));
        assertThatThrownBy(() -> asOf.query("SELECT COUNT(*) FROM postings", 10, Cutoff.asOf(LocalDate.of(2024, 6, 30))))
                .isInstanceOf(ReadOnlySqlException.class)
                .hasMessageContaining("needs temporary views")
                .hasMessageContaining("connected as the database user ledger_reader, which may only read")
                .hasMessageContaining("`as-of DATE show TABLE`")
                .hasMessageContaining("without --db-reader-user");
    }
}
