package fiscalledger.shell.command.audit;

import fiscalledger.projections.audit.ProcessorStatus;
import fiscalledger.projections.audit.SegmentStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What `status` says of a processor, above all where this process runs none and can only read the stored tokens. */
class StatusCommandTest {

    private static SegmentStatus stored(int segment, Long position, long head, String owner) {
        return new SegmentStatus(segment, position, false, false, null, head - (position == null ? 0 : position), owner);
    }

    @Test
    void aReaderSaysHowFarBehindTheStoreTheReadModelsAreFromTheStoredTokens() {
        ProcessorStatus behind = new ProcessorStatus("ledger-projections", false, false, true,
                List.of(stored(0, 630L, 642, "1234@officer-pc"), stored(1, 618L, 642, "1234@officer-pc")), 642);
        assertThat(StatusCommand.state(behind)).isEqualTo("not running in this process (the store is read-only here):"
                + " the read models are as the writing process left them, 24 events behind the event store");
        ProcessorStatus upToDate = new ProcessorStatus("ledger-projections", false, false, true,
                List.of(stored(0, 642L, 642, ""), stored(1, 642L, 642, "")), 642);
        assertThat(StatusCommand.state(upToDate)).endsWith("left them, up to date with the event store");
        ProcessorStatus oneBehind = new ProcessorStatus("ledger-projections", false, false, true,
                List.of(stored(0, 641L, 642, ""), stored(1, 642L, 642, "")), 642);
        assertThat(StatusCommand.state(oneBehind)).endsWith("left them, 1 event behind the event store");
    }

    @Test
    void aReaderOfAStoreWhoseReadModelsWereNeverFilledSaysSo() {
        ProcessorStatus never = new ProcessorStatus("ledger-projections", false, false, true, List.of(), 618);
        assertThat(StatusCommand.state(never)).endsWith("no writing process has filled them yet: 618 events behind"
                + " the event store");
    }

    @Test
    void aProcessorThatHasNotClaimedItsSegmentsYetIsNotCalledSubscribing() {
        ProcessorStatus starting = new ProcessorStatus("ledger-projections", true, false, true,
                List.of(stored(0, 600L, 618, ""), stored(1, 618L, 618, "")), 618);
        assertThat(StatusCommand.state(starting)).isEqualTo("18 events behind; this process has not claimed its"
                + " segments yet (starting): their positions are as stored");
        ProcessorStatus shared = new ProcessorStatus("ledger-projections", true, false, true,
                List.of(new SegmentStatus(0, 618L, false, true, null, 0L, null), stored(1, 600L, 618, "77@node-b")), 618);
        assertThat(StatusCommand.state(shared)).isEqualTo("18 events behind; segments worked by another process are"
                + " shown as their stored tokens say");
        ProcessorStatus subscribing = new ProcessorStatus("fiscal-ledger-code-catalog", true, false, false, List.of(), 618);
        assertThat(StatusCommand.state(subscribing)).isEqualTo("subscribing (handles each event as it is stored)");
    }
}
