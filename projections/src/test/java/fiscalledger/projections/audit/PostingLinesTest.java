package fiscalledger.projections.audit;

import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.ReadModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 the postings are read by ranges and in the order of their row key {@code id}; read so, they are the postings
 * the event sequences name, in recording order, exactly as the (seq, line_no) conditions PostgreSQL is asked give.
 */
class PostingLinesTest {
    private ReadModelFixture fixture;
    private PostingLines byRowKey;
    private PostingLines bySequence;

    @BeforeEach
    void setUp() {
        fixture = new ReadModelFixture();
        fixture.recordAll(HandMadeYear.events());
        byRowKey = new PostingLines(fixture.jdbc, true);
        bySequence = new PostingLines(fixture.jdbc, false);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFirstPostingsOfASequenceRangeAreThoseOfItsEventsInRecordingOrder() {
        List<PostingLine> all = bySequence.of(HandMadeYear.LEDGER, Cutoff.NONE, (String) null);
        assertThat(all).isSortedAccordingTo(Comparator.comparingLong(PostingLine::sequence)
                .thenComparingInt(PostingLine::lineNo));
        long from = all.get(0).sequence();
        long to = all.get(all.size() - 1).sequence();
        // every range from every start, through every window width: the id range must cover the whole events
        for (long start = from; start <= to; start++) {
            for (long window = 1; window <= 4; window++) {
                for (int limit : new int[]{1, 3, all.size()}) {
                    List<PostingLine> expected = bySequence.first(HandMadeYear.LEDGER, Cutoff.NONE, start, to, window,
                            p -> true, limit);
                    assertThat(byRowKey.first(HandMadeYear.LEDGER, Cutoff.NONE, start, to, window, p -> true, limit))
                            .isEqualTo(expected);
                    final long s = start;
                    assertThat(expected).isEqualTo(all.stream().filter(p -> p.sequence() >= s).limit(limit).toList());
                }
            }
        }
    }

    @Test
    void everyReadKeepsRecordingOrderAndTheLastSequenceIsTheHighestEvent() {
        assertThat(byRowKey.of(HandMadeYear.LEDGER, Cutoff.NONE, (String) null))
                .isEqualTo(bySequence.of(HandMadeYear.LEDGER, Cutoff.NONE, (String) null));
        PostingLines.Narrowing narrowing = new PostingLines.Narrowing(Set.of("expenditure", "income"),
                Set.of("GENERAL_BUDGET"), Set.of(HandMadeYear.OPERATION.value(), HandMadeYear.GENERAL_ADMIN.value()));
        assertThat(byRowKey.of(HandMadeYear.LEDGER, Cutoff.NONE, narrowing)).isNotEmpty()
                .isEqualTo(bySequence.of(HandMadeYear.LEDGER, Cutoff.NONE, narrowing));
        assertThat(byRowKey.ofVoucher(HandMadeYear.LEDGER, "E9")).hasSize(2)
                .isEqualTo(bySequence.ofVoucher(HandMadeYear.LEDGER, "E9"));
        assertThat(byRowKey.lastSequence()).isEqualTo(bySequence.lastSequence()).isPresent();
        Long highestPosting = fixture.jdbc.queryForObject("SELECT MAX(seq) FROM postings", Long.class);
        fixture.jdbc.update("DELETE FROM asset_facts");
        fixture.jdbc.update("DELETE FROM performance_evaluations");
        fixture.jdbc.update("DELETE FROM procurement_contracts");
        fixture.jdbc.update("DELETE FROM ledgers");
        assertThat(byRowKey.lastSequence()).contains(highestPosting);
    }
}
