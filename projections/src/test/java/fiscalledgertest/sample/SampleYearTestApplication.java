package fiscalledgertest.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ledger and its projections together, as the shell runs them, for the sample year's golden tests. Outside the
 * {@code fiscalledger} package so that no module's component scan picks it up as a second application.
 */
@SpringBootApplication(scanBasePackages = {"fiscalledger.ledger", "fiscalledger.projections"})
public class SampleYearTestApplication {

    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
