package fiscalledger.ledger.command;

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
}
