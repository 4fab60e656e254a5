package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.HandMadeYear;
import fiscalledger.projections.LedgerSummary;
import fiscalledger.projections.ReadModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsTest {
    private ReadModelFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReadModelFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anExpenditureIsOnePostingWithEveryDimensionItsSequenceAndWhoRecordedIt() {
        fixture.recordAll(HandMadeYear.events());
        Map<String, Object> row = fixture.jdbc.queryForMap("SELECT * FROM postings WHERE voucher = 'E5'");
        assertThat(row).containsEntry("movement", "expenditure").containsEntry("fund", "GENERAL_BUDGET")
                .containsEntry("function_code", "2010302").containsEntry("economic_code", "30227")
                .containsEntry("kind", "PROJECT").containsEntry("project", "数据治理")
                .containsEntry("procurement", "SERVICES").containsEntry("sme_fen", 30_000_000L)
                .containsEntry("small_micro_fen", 10_000_000L).containsEntry("amount_fen", 40_000_000L)
                .containsEntry("business_date", Date.valueOf(LocalDate.of(2024, 10, 20)))
                .containsEntry("recorded_by", "tester").containsEntry("seq", 14L);
    }

    @Test
    void aReversalInsertsTheNegatedCopiesUnderItsOwnVoucherDateAndSequence() {
        fixture.recordAll(HandMadeYear.events());
        List<Map<String, Object>> rows = fixture.jdbc.queryForList(
                "SELECT * FROM postings WHERE voucher IN ('E9', 'R1') ORDER BY seq");
        assertThat(rows).hasSize(2);
        Map<String, Object> original = rows.get(0);
        Map<String, Object> reversal = rows.get(1);
        assertThat(reversal.get("amount_fen")).isEqualTo(-999_900L);
        assertThat(original.get("amount_fen")).isEqualTo(999_900L);
        assertThat(reversal).containsEntry("voucher", "R1").containsEntry("reversed_voucher", "E9")
                .containsEntry("reversal_reason", "重复报销").containsEntry("economic_code", "30201")
                .containsEntry("business_date", Date.valueOf(HandMadeYear.REVERSAL_DATE));
        assertThat((Long) reversal.get("seq")).isGreaterThan((Long) original.get("seq"));
    }

    @Test
    void aTransferIsTwoBudgetPostingsThatCancelOut() {
        fixture.recordAll(HandMadeYear.events());
        List<Map<String, Object>> rows = fixture.jdbc.queryForList(
                "SELECT economic_code, amount_fen, adjustment_type, document FROM postings WHERE voucher = 'ADJ2' ORDER BY line_no");
        assertThat(rows).extracting(r -> r.get("economic_code")).containsExactly("30231", "30217");
        assertThat(rows).extracting(r -> r.get("amount_fen")).containsExactly(-300_000L, 300_000L);
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("adjustment_type", "TRANSFER")
                .containsEntry("document", "晋财预〔2024〕2号"));
    }

    @Test
    void severalUnitsAndYearsCoexistAndTheDirectoryListsThem() {
        fixture.recordAll(HandMadeYear.events(new UnitCode("100001"), new FiscalYear(2023)));
        fixture.recordAll(HandMadeYear.events());
        fixture.recordAll(HandMadeYear.events(new UnitCode("100003"), new FiscalYear(2024)));
        assertThat(fixture.directory.ledgers()).extracting(l -> l.key().id())
                .containsExactly("100001/2023", "100001/2024", "100003/2024");
        assertThat(fixture.directory.ledgers()).allSatisfy(l ->
                assertThat(fixture.facts.postingCount(l.key()).unitYear()).isEqualTo(25));
        // the latest open year; between units of that year, the first unit code
        assertThat(fixture.directory.defaultLedger()).contains(LedgerKey.parse("100001/2024"));
        assertThat(fixture.directory.find(LedgerKey.parse("100001/2023"))).get()
                .extracting(LedgerSummary::unitName).isEqualTo("测试行政单位");
        // each ledger's tables only see its own postings
        assertThat(fixture.tables.render("01", LedgerKey.parse("100001/2023")).row("27").cell("金额"))
                .isEqualTo(fixture.tables.render("01", HandMadeYear.LEDGER).row("27").cell("金额"));
    }
}
