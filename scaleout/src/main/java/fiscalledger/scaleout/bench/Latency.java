package fiscalledger.scaleout.bench;

import java.util.ArrayList;
import java.util.List;

/** Median and 99th percentile of measured durations, in milliseconds. */
record Latency(double medianMs, double p99Ms, int samples) {

    static Latency of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return new Latency(ms(sorted.get((sorted.size() - 1) / 2)),
                ms(sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1)), sorted.size());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public String toString() {
        return String.format("median %.2f ms, p99 %.2f ms (%d samples)", medianMs, p99Ms, samples);
    }
}
