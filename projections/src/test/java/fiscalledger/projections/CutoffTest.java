package fiscalledger.projections;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CutoffTest {

    @Test
    void parsesDatesSequencesAndNow() {
        assertThat(Cutoff.parse("2024-06-30")).isEqualTo(Cutoff.asOf(LocalDate.of(2024, 6, 30)));
        assertThat(Cutoff.parse("#1234")).isEqualTo(Cutoff.throughSequence(1234));
        assertThat(Cutoff.parse("seq:77")).isEqualTo(Cutoff.throughSequence(77));
        assertThat(Cutoff.parse("now")).isEqualTo(Cutoff.NONE);
        assertThat(Cutoff.parse("")).isEqualTo(Cutoff.NONE);
    }

    @Test
    void rejectsWhatIsNeitherADateNorASequence() {
        assertThatThrownBy(() -> Cutoff.parse("30/06/2024")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> Cutoff.parse("#x")).hasMessageContaining("event sequence");
        assertThatThrownBy(() -> Cutoff.throughSequence(-1)).hasMessageContaining("negative");
    }

    @Test
    void includesTheCutoffDayAndSequenceThemselves() {
        Cutoff june = Cutoff.asOf(LocalDate.of(2024, 6, 30));
        assertThat(june.includes(LocalDate.of(2024, 6, 30), 99)).isTrue();
        assertThat(june.includes(LocalDate.of(2024, 7, 1), 1)).isFalse();
        assertThat(Cutoff.throughSequence(10).includes(LocalDate.of(2099, 1, 1), 10)).isTrue();
        assertThat(Cutoff.throughSequence(10).includes(LocalDate.of(2000, 1, 1), 11)).isFalse();
        assertThat(june.describe()).isEqualTo("as of 2024-06-30");
    }
}
