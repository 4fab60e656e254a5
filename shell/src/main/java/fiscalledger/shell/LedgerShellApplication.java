package fiscalledger.shell;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application of the runnable jar: every module's configuration under {@code fiscalledger}. */
@SpringBootApplication(scanBasePackages = "fiscalledger")
public class LedgerShellApplication {
}
