package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.UnitType;
import fiscalledger.ledger.api.event.AppropriationReceivedEvent;
import fiscalledger.ledger.api.event.LedgerEvent;
import fiscalledger.ledger.api.event.YearOpenedEvent;
import fiscalledgertest.projections.ProjectionsTestApplication;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose transaction commits after a later event was already projected (two processes, or two sessions,
 * recording at once) reaches the tracking processor through a gap of its token, carrying a token whose position is
 * that later event's. The read models must still key its rows by its own place in the store: under the token's
 * position the year's opening balances collided with the later appropriation's posting and stopped the processor.
 */
@SpringBootTest(classes = ProjectionsTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:projections-gap;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.main.banner-mode=off",
        "fiscal-ledger.projections.segments=1",
        "fiscal-ledger.projections.batch-size=50"})
class GapFillingEventTest {
    private static final FiscalYear YEAR = new FiscalYear(2024);
    private static final UnitCode EARLY = new UnitCode("100201");
    private static final UnitCode LATE = new UnitCode("100202");

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anEventCommittedAfterALaterOneIsStoredUnderItsOwnGlobalSequenceNumber() throws Exception {
        append(EARLY, 0, opened(EARLY));
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the late unit's opening takes its place in the store now and commits only when released
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    append(LATE, 0, opened(LATE));
                    appended.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        append(EARLY, 1, new AppropriationReceivedEvent(EARLY, YEAR, "APP-1", LocalDate.of(2024, 3, 1), "拨款",
                Fund.GENERAL_BUDGET, FunctionCode.of("2010301"), Fen.of(500_00)));
        long appropriation = globalIndex(EARLY, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> postingsOf("APP-1").equals(List.of(appropriation)));

        release.countDown();
        slowTransaction.get(30, TimeUnit.SECONDS);
        long lateOpening = globalIndex(LATE, 0);
        assertThat(lateOpening).as("the late opening holds the earlier place").isLessThan(appropriation);

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledgers WHERE unit = ?", Long.class, LATE.value()) == 1);
        assertThat(jdbc.queryForObject("SELECT opened_seq FROM ledgers WHERE unit = ?", Long.class, LATE.value()))
                .isEqualTo(lateOpening);
        await().atMost(Duration.ofSeconds(30)).until(() -> postingsOf("OPEN-" + LATE.value()).size() == 2);
        assertThat(postingsOf("OPEN-" + LATE.value())).containsOnly(lateOpening);
        assertThat(postingsOf("APP-1")).containsExactly(appropriation);
    }

    private List<Long> postingsOf(String voucher) {
        return jdbc.queryForList("SELECT seq FROM postings WHERE voucher = ? ORDER BY line_no", Long.class, voucher);
    }

    private long globalIndex(UnitCode unit, long sequence) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, unit.value() + "/" + YEAR.value(), sequence);
    }

    private static YearOpenedEvent opened(UnitCode unit) {
        return new YearOpenedEvent(unit, YEAR, "OPEN-" + unit.value(), LocalDate.of(2024, 1, 2), "年初", "单位" + unit.value(),
                "229", "主管部门", UnitType.ADMINISTRATIVE,
                List.of(new OpeningBalance(Fund.GENERAL_BUDGET, FunctionCode.of("2010301"), Fen.of(1_000_00)),
                        new OpeningBalance(Fund.OTHER, FunctionCode.of("2010301"), Fen.of(200_00))));
    }

    private void append(UnitCode unit, long sequence, LedgerEvent event) {
        eventStore.publish(new GenericDomainEventMessage<>("FiscalYearLedger", unit.value() + "/" + YEAR.value(),
                sequence, event, MetaData.with(LedgerMetadata.USER, "tester")));
    }
}
