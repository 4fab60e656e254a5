package fiscalledger.shell.command.audit;

import fiscalledger.projections.replay.ReplayProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final StringWriter text = new StringWriter();

    private void at(long seconds) {
        now.set(1_000 + TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void aScriptGetsAPlainLineEveryFiveSecondsAndNoneAtTheStart() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), 0, now::get);
        line.update(new ReplayProgress(0, 100_000, true, false));
        at(2);
        line.update(new ReplayProgress(20_000, 100_000, true, false));
        assertThat(text.toString()).isEmpty();
        at(5);
        line.update(new ReplayProgress(50_000, 100_000, true, false));
        at(7);
        line.update(new ReplayProgress(70_000, 100_000, true, false));
        at(10);
        line.update(new ReplayProgress(100_000, 100_000, false, true));
        line.end();
        assertThat(text.toString().lines().toList())
                .containsExactly("replay: 50,000 / 100,000 events  10,000/s  5.0 s left");
    }

    @Test
    void aTerminalGetsOneLineRedrawnInPlaceFromTheStart() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), 80, now::get);
        line.update(new ReplayProgress(0, 100_000, true, false));
        at(4);
        line.update(new ReplayProgress(40_000, 100_000, true, false));
        line.end();
        assertThat(text.toString()).startsWith("\rreplay [").contains("\rreplay [")
                .contains("40,000 / 100,000 events  10,000/s  6.0 s left").endsWith(System.lineSeparator());
    }
}
