package fiscalledger.scaleout;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The ledger without its shell: write side, event store, token store and read models on the configured database.
 * Several of these (and shells) on one PostgreSQL database share the projection work.
 */
@SpringBootApplication(scanBasePackages = {"fiscalledger.ledger", "fiscalledger.projections"})
public class NodeApplication {

    static {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    /** Starts a node; {@code properties} are {@code key=value} pairs that win over everything but system properties. */
    public static ConfigurableApplicationContext start(List<String> properties) {
        List<String> all = new ArrayList<>(List.of("spring.jmx.enabled=false", "spring.main.banner-mode=off"));
        all.addAll(properties);
        return new SpringApplicationBuilder(NodeApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(all.toArray(String[]::new))
                .run();
    }
}
