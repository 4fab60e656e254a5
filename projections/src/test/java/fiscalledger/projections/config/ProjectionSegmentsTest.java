package fiscalledger.projections.config;

import fiscalledger.projections.readmodel.ReadModelSchema.Dialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionSegmentsTest {

    @Test
    void theEmbeddedStoreHasOneSegmentAndPostgresqlTwoUnlessConfigured() {
        assertThat(ProjectionSegments.of("", Dialect.H2)).isEqualTo(new ProjectionSegments(1, 2));
        assertThat(ProjectionSegments.of(null, Dialect.POSTGRESQL)).isEqualTo(new ProjectionSegments(2, 2));
        assertThat(ProjectionSegments.of(" 4 ", Dialect.H2)).isEqualTo(new ProjectionSegments(4, 4));
        assertThat(ProjectionSegments.of("1", Dialect.POSTGRESQL)).isEqualTo(new ProjectionSegments(1, 2));
    }

    @Test
    void aSegmentCountThatIsNoWholeNumberAboveZeroIsRefusedByName() {
        assertThatThrownBy(() -> ProjectionSegments.of("two", Dialect.H2))
                .hasMessageContaining("fiscal-ledger.projections.segments").hasMessageContaining("'two'");
        assertThatThrownBy(() -> ProjectionSegments.of("0", Dialect.H2))
                .hasMessageContaining("fiscal-ledger.projections.segments must be at least 1");
    }
}
