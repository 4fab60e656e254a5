package fiscalledger.scaleout.bench;

public final class LedgerBenchmark {
    public static int run(String[] args) {
        return 0;
    }
}
