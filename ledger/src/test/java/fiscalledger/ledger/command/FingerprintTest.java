package fiscalledger.ledger.command;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.event.AppropriationReceivedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fiscalledger.ledger.LedgerFixtures.ADMIN_OPERATION;
import static fiscalledger.ledger.LedgerFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

class FingerprintTest {

    private static AppropriationReceivedEvent appropriation(String memo, String amount) {
        return new AppropriationReceivedEvent(new UnitCode("229001"), new FiscalYear(2024), "拨-001",
                LocalDate.of(2024, 3, 1), memo, Fund.GENERAL_BUDGET, ADMIN_OPERATION, yuan(amount));
    }

    /** Snapshots keep fingerprints: the value is the hash of the component text, as it was when they were taken. */
    @Test
    void aFingerprintIsTheHashOfTheComponentTextMemoAside() {
        AppropriationReceivedEvent event = appropriation("三月", "12.34");
        String text = "|unit=" + event.unit() + "|year=" + event.year() + "|voucher=拨-001|date=2024-03-01"
                + "|fund=" + event.fund() + "|function=" + event.function() + "|amount=1234";

        assertThat(Fingerprint.of(event)).isEqualTo(text.hashCode());
    }

    @Test
    void theMemoDoesNotCountButTheAmountDoes() {
        assertThat(Fingerprint.of(appropriation("三月", "12.34"))).isEqualTo(Fingerprint.of(appropriation("", "12.34")))
                .isNotEqualTo(Fingerprint.of(appropriation("三月", "12.35")));
    }

    /** Amounts, years and dates are hashed without printing them; the value stays that of the printed text. */
    @Test
    void amountsYearsAndDatesHashAsTheirText() {
        long[] amounts = {0, 1, 9, 10, 99, 100, 1_234_567, -1, -10, -987_654_321, Long.MAX_VALUE, Long.MIN_VALUE + 1,
                Long.MIN_VALUE};
        LocalDate[] dates = {LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31), LocalDate.of(999, 1, 5),
                LocalDate.of(5, 10, 20), LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 6, 7)};
        int[] years = {1990, 2024, 2200};
        for (long amount : amounts) {
            for (LocalDate date : dates) {
                for (int year : years) {
                    AppropriationReceivedEvent event = new AppropriationReceivedEvent(new UnitCode("229001"),
                            new FiscalYear(year), "拨-001", date, "", Fund.GENERAL_BUDGET, ADMIN_OPERATION, Fen.of(amount));
                    String text = "|unit=229001|year=" + year + "|voucher=拨-001|date=" + date + "|fund=" + event.fund()
                            + "|function=" + event.function() + "|amount=" + amount;
                    assertThat(Fingerprint.of(event)).as(text).isEqualTo(text.hashCode());
                }
            }
        }
    }
}
