package fiscalledgertest.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ledger and its read side, for integration tests. Outside the {@code fiscalledger} package so that no other
 * module's scan picks it up as a second application.
 */
@SpringBootApplication(scanBasePackages = {"fiscalledger.ledger", "fiscalledger.projections"})
public class ProjectionsTestApplication {

    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
