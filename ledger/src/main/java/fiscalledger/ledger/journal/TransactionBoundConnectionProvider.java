package fiscalledger.ledger.journal;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Gives Axon the connection of the Spring transaction in progress and leaves that transaction's end to Spring.
 * <p>
 * Axon's own {@code SpringDataSourceConnectionProvider} already skips {@code commit()} on such a connection, but
 * not {@code rollback()}; and {@code UnitOfWorkAwareConnectionProviderWrapper} rolls the connection back whenever a
 * unit of work fails. Inside an import's transaction that would silently undo every unit-year recorded before a
 * rejected one, so the import would go on checking later entries against a database that no longer holds the earlier
 * ones. With this provider a failed unit of work only marks the surrounding transaction rollback-only (Spring's rule
 * for a participating transaction), and the transaction's owner decides. Outside a Spring transaction the connection
 * behaves as usual.
 */
public final class TransactionBoundConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    public TransactionBoundConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection target = DataSourceUtils.doGetConnection(dataSource);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    boolean noArguments = args == null || args.length == 0;
                    switch (method.getName()) {
                        case "close":
                            if (noArguments) {
                                DataSourceUtils.releaseConnection(target, dataSource);
                                return null;
                            }
                            break;
                        case "commit":
                        case "rollback":
                            if (noArguments && DataSourceUtils.isConnectionTransactional(target, dataSource)) {
                                return null;
                            }
                            break;
                        case "unwrap":
                            if (args[0] == Connection.class) {
                                return target;
                            }
                            break;
                        default:
                            break;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
