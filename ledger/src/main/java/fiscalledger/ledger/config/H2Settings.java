package fiscalledger.ledger.config;

/**
 * H2's JVM-wide settings, which H2 reads once, when its first class that needs them is loaded: they are set here,
 * from the shell's {@code main} and from the configuration that opens the store, whichever comes first. A setting
 * given on the command line ({@code -Dh2.…}) is left as given.
 */
public final class H2Settings {

    private H2Settings() {
    }

    public static void applyBeforeH2Loads() {
        // H2 looks every string and number it is given up in a JVM-wide cache of 1,024 values (hashing each, and
        // writing each into a shared array), so that repeated values share one object: 10-14 % of the rebuild's
        // writing thread and ~12 % of H2's cost of inserting a posting (PostingWriteBenchmark), for a few kilobytes.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }
}
