package fiscalledger.scaleout;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.RecordingResult;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.util.List;

/**
 * One ledger process of the scale-out test: started as its own JVM with its database in system properties, it records
 * a synthetic 2024 for each {@code UNIT:ENTRIES} argument through its own command bus, says so on standard output,
 * and keeps processing projections until its standard input ends (then it stops in an orderly way) or it is killed.
 */
public final class RecordingNode {

    public static void main(String[] args) throws IOException {
        ConfigurableApplicationContext context = NodeApplication.start(List.of());
        System.out.println("started");
        System.out.flush();
        JournalRecorder recorder = new JournalRecorder(context.getBean(CommandGateway.class), 250);
        for (String arg : args) {
            String[] parts = arg.split(":");
            UnitCode unit = new UnitCode(parts[0]);
            FiscalYear year = new FiscalYear(2024);
            RecordingResult result = recorder.record(LedgerKey.of(unit, year), "node-" + parts[0],
                    SyntheticYear.of(unit, year, Integer.parseInt(parts[1]), 7));
            System.out.println("recorded " + unit.value() + " " + result.recorded());
            System.out.flush();
        }
        System.out.println("idle");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the test to close our input
        }
        context.close();
        System.exit(0);
    }
}
