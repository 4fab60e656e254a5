package fiscalledger.shell.command.audit;

import fiscalledger.projections.replay.ReplayProgress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A replay's progress: at a terminal one line redrawn in place ("[#####.....] 40,000 / 100,000 events  8,120/s
 * 0:07 left"); in a script (no terminal width) a plain line every {@value #SCRIPT_EVERY_MS} ms while it lasts, none
 * before the first interval has passed: a script's log of a short replay holds only its result, not a "0 / N" line.
 */
final class ProgressLine {
    private static final long SCRIPT_EVERY_MS = 5_000;

    private final PrintWriter out;
    private final int width;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastPrinted;
    private boolean drawn;

    ProgressLine(PrintWriter out, int width) {
        this(out, width, System::nanoTime);
    }

    ProgressLine(PrintWriter out, int width, LongSupplier nanoTime) {
        this.out = out;
        this.width = width;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    void update(ReplayProgress p) {
        Duration elapsed = elapsed();
        long rate = rate(p.done());
        String left = rate == 0 || p.done() >= p.total() ? "" : "  " + duration(Duration.ofSeconds((p.total() - p.done()) / rate)) + " left";
        String figures = String.format("%,d / %,d events  %,d/s%s", p.done(), p.total(), rate, left);
        if (width > 0) {
            int barWidth = Math.max(10, Math.min(40, width - figures.length() - 12));
            int filled = p.total() == 0 ? barWidth : (int) (barWidth * Math.min(1.0, (double) p.done() / p.total()));
            String bar = "replay [" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "] " + figures;
            out.print("\r" + bar + " ".repeat(Math.max(0, width - 1 - bar.length())));
            out.flush();
            drawn = true;
        } else if (elapsed.toMillis() - lastPrinted >= SCRIPT_EVERY_MS) {
            if (!p.finished()) {
                out.println("replay: " + figures);
                out.flush();
            }
            lastPrinted = elapsed.toMillis();
        }
    }

    void end() {
        if (drawn) {
            out.println();
            out.flush();
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - started);
    }

    long rate(long events) {
        long ms = Math.max(1, elapsed().toMillis());
        return events * 1000 / ms;
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? d.toMillis() / 1000.0 + " s" : String.format("%d:%02d", s / 60, s % 60);
    }
}
