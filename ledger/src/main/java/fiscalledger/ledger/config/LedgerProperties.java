package fiscalledger.ledger.config;

import fiscalledger.ledger.api.command.OverspendPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** The ledger's own settings ({@code fiscal-ledger.*}). */
@ConfigurationProperties("fiscal-ledger")
public class LedgerProperties {

    /** Where the embedded database lives: the H2 file {@code ledger} inside it. */
    private Path dataDir = Path.of(System.getProperty("user.home"), ".fiscal-ledger");

    /** {@code warn} (record and report) or {@code reject} spending beyond a budget line's 全年预算. */
    private OverspendPolicy overspendPolicy = OverspendPolicy.WARN;

    /** Snapshot a unit-year after this many events since its last snapshot. */
    private int snapshotThreshold = 10_000;

    /** How many unit-years stay in memory between commands (a busy year takes some tens of MB). */
    private int aggregateCacheSize = 16;

    public int getAggregateCacheSize() {
        return aggregateCacheSize;
    }

    public void setAggregateCacheSize(int aggregateCacheSize) {
        this.aggregateCacheSize = aggregateCacheSize;
    }

    public int getSnapshotThreshold() {
        return snapshotThreshold;
    }

    public void setSnapshotThreshold(int snapshotThreshold) {
        this.snapshotThreshold = snapshotThreshold;
    }

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public OverspendPolicy getOverspendPolicy() {
        return overspendPolicy;
    }

    public void setOverspendPolicy(OverspendPolicy overspendPolicy) {
        this.overspendPolicy = overspendPolicy;
    }
}
