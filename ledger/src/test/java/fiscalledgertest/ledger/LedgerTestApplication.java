package fiscalledgertest.ledger;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ledger module on its own, for integration tests. It lives outside the {@code fiscalledger} package on purpose:
 * other modules reuse this module's test jar and scan {@code fiscalledger}, and must not pick up a second application.
 */
@SpringBootApplication(scanBasePackages = "fiscalledger.ledger")
public class LedgerTestApplication {

    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
