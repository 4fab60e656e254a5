package fiscalledger.ledger.config;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdentifierFactoryTest {

    @Test
    void axonUsesTheTimeOrderedFactory() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
    }

    /** The event table's unique index receives them in order, like the global index. */
    @Test
    void identifiersAreVersion7UuidsThatSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
        TimeOrderedIdentifierFactory factory = new TimeOrderedIdentifierFactory();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            made.add(factory.generateIdentifier());
        }

        assertThat(made).isSorted().doesNotHaveDuplicates();
        UUID first = UUID.fromString(made.get(0));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    }
}
