package fiscalledger.scaleout;

import fiscalledger.scaleout.bench.LedgerBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ledger-node.jar worker --db URL}: a headless process that runs the ledger's projections (and
 * accepts nothing else) until it is stopped; start as many as the work needs on one PostgreSQL database.
 * {@code java -jar ledger-node.jar benchmark …}: the store benchmark ({@link LedgerBenchmark}).
 */
public final class LedgerNode {

    static final String USAGE = """
            usage: java -jar ledger-node.jar worker --db JDBC_URL [--node-id ID]
                   java -jar ledger-node.jar benchmark [options]   (benchmark --help for its options)
              worker     process the read models on the shared database until stopped (SIGTERM releases its
                         segments at once; a killed worker's segments are taken over after the claim timeout)
              --db URL   e.g. jdbc:postgresql://db.example:5432/ledger; user and password from
                         SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD (or in the URL)
              --node-id  the name this process claims segments under (default pid@host)""";

    private LedgerNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(USAGE);
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "worker" -> System.exit(worker(rest));
            case "benchmark" -> System.exit(LedgerBenchmark.run(rest));
            default -> {
                System.err.println("error: unknown command '" + args[0] + "'\n" + USAGE);
                System.exit(2);
            }
        }
    }

    static int worker(String[] args) throws InterruptedException {
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> properties.add("spring.datasource.url=" + value(args, ++i));
                case "--node-id" -> properties.add("fiscal-ledger.node-id=" + value(args, ++i));
                default -> {
                    System.err.println("error: unknown option '" + args[i] + "'\n" + USAGE);
                    return 2;
                }
            }
        }
        if (properties.stream().noneMatch(p -> p.startsWith("spring.datasource.url="))
                && System.getProperty("spring.datasource.url") == null
                && System.getenv("SPRING_DATASOURCE_URL") == null) {
            System.err.println("error: a worker shares a database with other processes: give it --db JDBC_URL");
            return 2;
        }
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = NodeApplication.start(properties);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        System.out.println("fiscal-ledger worker running; stop it with SIGTERM (Ctrl-C)");
        System.out.flush();
        closed.await();
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
