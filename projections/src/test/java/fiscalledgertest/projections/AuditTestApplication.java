package fiscalledgertest.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ledger and its read side together, for the audit integration tests. Outside the {@code fiscalledger} package
 * so that no other module's scan picks it up.
 */
@SpringBootApplication(scanBasePackages = {"fiscalledger.ledger", "fiscalledger.projections"})
public class AuditTestApplication {

    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
