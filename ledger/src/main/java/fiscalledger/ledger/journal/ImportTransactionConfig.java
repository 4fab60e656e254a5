package fiscalledger.ledger.journal;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Lets a whole journal be recorded in one Spring transaction that Axon's units of work join (see
 * {@link TransactionBoundConnectionProvider} for why Axon's default connection provider cannot be used for that).
 */
@Configuration(proxyBeanMethods = false)
public class ImportTransactionConfig {

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new TransactionBoundConnectionProvider(dataSource));
    }
}
