package fiscalledger.projections.check;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events a check compares the read models with: kept between checks and completed by the events appended since,
 * and read anew whenever the aggregate's events in the store are not those kept plus appended ones.
 */
class StoredEventsTest {
    private static final String YEAR = "300001/2024";
    private static final String EXPENSE = "fiscalledger.ledger.api.event.ExpenditureRecordedEvent";
    private static final String OPENED = "fiscalledger.ledger.api.event.YearOpenedEvent";

    private JdbcTemplate jdbc;
    private StoredEvents events;
    private long nextIndex = 1;

    @BeforeEach
    void anEventStore() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:stored-events-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/h2/axon-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        events = new StoredEvents(jdbc);
    }

    @AfterEach
    void drop() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void eventsAppendedSinceTheLastCheckAreAddedToThoseKept() {
        append(YEAR, 0, OPENED);
        append(YEAR, 1, EXPENSE);
        append("300002/2024", 0, OPENED);
        assertThat(indexes(events.of(YEAR))).containsExactly(1L, 2L);

        append(YEAR, 2, EXPENSE);
        StoredEvents.Index now = events.of(YEAR);

        assertThat(indexes(now)).containsExactly(1L, 2L, 4L);
        assertThat(now.typeNames().get(now.typeAt(4))).isEqualTo(EXPENSE);
        assertThat(now.typeNames().get(now.typeAt(1))).isEqualTo(OPENED);
        assertThat(now.typeAt(3)).as("another unit-year's event").isEqualTo(-1);
    }

    @Test
    void anEventGoneFromTheStoreSinceTheLastCheckIsGoneFromTheNextOne() {
        append(YEAR, 0, OPENED);
        append(YEAR, 1, EXPENSE);
        append(YEAR, 2, EXPENSE);
        assertThat(indexes(events.of(YEAR))).containsExactly(1L, 2L, 3L);

        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = 2");

        assertThat(indexes(events.of(YEAR))).containsExactly(1L, 3L);
    }

    @Test
    void globalIndexesOutOfTheOrderOfSequenceNumbersAreFoundAll() {
        append(YEAR, 1, EXPENSE, 9);
        append(YEAR, 0, OPENED, 5);
        append(YEAR, 2, EXPENSE, 7);

        StoredEvents.Index index = events.of(YEAR);

        assertThat(indexes(index)).containsExactly(5L, 7L, 9L);
        assertThat(index.typeNames().get(index.typeAt(5))).isEqualTo(OPENED);
    }

    private void append(String aggregate, long sequence, String type) {
        append(aggregate, sequence, type, nextIndex);
    }

    private void append(String aggregate, long sequence, String type, long globalIndex) {
        nextIndex = Math.max(nextIndex, globalIndex) + 1;
        jdbc.update("INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, payload, payload_type, time_stamp) VALUES (?, ?, ?, 'FiscalYearLedger', ?, "
                        + "X'7B7D', ?, '2024-01-02T00:00:00Z')", globalIndex, aggregate, sequence,
                UUID.randomUUID().toString(), type);
    }

    private static List<Long> indexes(StoredEvents.Index index) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            out.add(index.globalIndex(i));
        }
        return out;
    }
}
