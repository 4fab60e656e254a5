package fiscalledger.ledger.config;

import fiscalledger.ledger.catalog.CodeCatalog;
import fiscalledger.ledger.catalog.CodeCatalogUpdater;
import fiscalledger.ledger.catalog.CodeRegistrationSource;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The code catalog bean and the subscribing (same-thread) processor that keeps it current; the processor is given
 * only the code registrations among the events published ({@link CodeRegistrationSource}).
 */
@Configuration(proxyBeanMethods = false)
public class LedgerCatalogConfig {

    @Bean
    public CodeCatalog codeCatalog() {
        return CodeCatalog.builtIn();
    }

    @Bean
    public ConfigurerModule codeCatalogProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(CodeCatalogUpdater.PROCESSING_GROUP,
                        configuration -> new CodeRegistrationSource(configuration.eventBus()));
    }
}
