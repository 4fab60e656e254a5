package fiscalledger.projections.facts;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.SpendingKind;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.ReadModelFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 the postings are summed row by row in Java, on PostgreSQL by the database's GROUP BY: both must give the same
 * groups, counts, sums and sequence bounds, for a unit-year holding most of the postings (read by a scan of the
 * table) and for small ones (read through the ledger index), within every kind of cut-off.
 */
class PostingSumsTest {

    @Test
    void sumsAddedUpRowByRowEqualTheDatabaseGroupingForLargeAndSmallUnitYearsAndEveryCutOff() {
        ReadModelFixture fixture = new ReadModelFixture();
        fixture.recordAll(HandMadeYear.events());
        // the hand-made year made large: it then holds most of the table's postings
        for (int i = 0; i < 60; i++) {
            fixture.record(HandMadeYear.expense(HandMadeYear.UNIT, HandMadeYear.YEAR, "X" + i,
                    LocalDate.of(2024, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? Fund.GENERAL_BUDGET : Fund.OTHER,
                    i % 3 == 0 ? HandMadeYear.OPERATION : HandMadeYear.GENERAL_ADMIN, i % 4 == 0 ? "30201" : "30227",
                    i % 4 == 0 ? SpendingKind.BASIC_PUBLIC : SpendingKind.PROJECT, i % 4 == 0 ? "" : HandMadeYear.PROJECT,
                    i % 5 == 0 ? ProcurementCategory.SERVICES : null, "0", "0", (100 + i) + ".25"));
        }
        LedgerKey small = LedgerKey.of(new UnitCode("100002"), HandMadeYear.YEAR);
        LedgerKey nextYear = LedgerKey.of(HandMadeYear.UNIT, new FiscalYear(2025));
        fixture.recordAll(HandMadeYear.events(small.unit(), small.year()));
        fixture.recordAll(HandMadeYear.events(nextYear.unit(), nextYear.year()));

        PostingSums inJava = new PostingSums(fixture.jdbc, false);
        PostingSums inDatabase = new PostingSums(fixture.jdbc, true);
        List<Cutoff> cutoffs = List.of(Cutoff.NONE, Cutoff.asOf(HandMadeYear.REVERSAL_DATE.minusDays(1)),
                Cutoff.asOf(LocalDate.of(2024, 6, 30)), Cutoff.throughSequence(40),
                new Cutoff(LocalDate.of(2024, 10, 31), 70L), Cutoff.asOf(LocalDate.of(2023, 12, 31)));
        int compared = 0;
        for (LedgerKey ledger : List.of(HandMadeYear.LEDGER, small, nextYear)) {
            long unitYear = fixture.facts.postingCount(ledger).unitYear();
            // read both ways on H2: by a scan of the table, and through the postings' index
            for (PostingCount count : List.of(new PostingCount(unitYear, unitYear),
                    new PostingCount(unitYear, PostingCount.UNCOUNTED))) {
                for (Cutoff cutoff : cutoffs) {
                    List<MonthlySum> expected = inDatabase.byMonth(ledger, cutoff, count);
                    assertThat(new HashSet<>(inJava.byMonth(ledger, cutoff, count))).as(ledger + " " + cutoff)
                            .isEqualTo(new HashSet<>(expected)).hasSameSizeAs(expected);
                    List<PostingSum> folded = inDatabase.byDimension(ledger, cutoff, count);
                    assertThat(new HashSet<>(inJava.byDimension(ledger, cutoff, count))).as(ledger + " " + cutoff)
                            .isEqualTo(new HashSet<>(folded)).hasSameSizeAs(folded);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
