package fiscalledger.ledger.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value types read every cell of a journal; their checks are hand-written loops, so each form is pinned here. */
class ValueParsingTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-3", "1234.5", "1234.56", "0.01", "-0.5", " 12.30 ", "999999999999999.99",
            "1,234.56", "1，234", "¥12.5", "￥7", "+5", "1e3", ".5", "5.", "007.10", "-0"})
    void aYuanAmountIsReadAsExactlyTheFenOfItsDecimalValue(String text) {
        String cleaned = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "");
        long expected = new BigDecimal(cleaned).movePointRight(2).longValueExact();

        assertThat(Fen.parseYuan(text).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "0.001", "12.3.4", "abc", "1-2", "--1", "-", "1 2"})
    void aYuanAmountThatIsNotAWholeNumberOfFenIsRefused(String text) {
        assertThatThrownBy(() -> Fen.parseYuan(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountBeyondALongIsRefusedNotWrapped() {
        assertThatThrownBy(() -> Fen.parseYuan("99999999999999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"201", "20103", "2010301"})
    void aFunctionCodeHasThreeFiveOrSevenDigits(String code) {
        assertThat(FunctionCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "20", "2010", "201030", "20103011", "201a301", "２０１", "201 "})
    void aFunctionCodeOfOtherThanThreeFiveOrSevenAsciiDigitsIsRefused(String code) {
        assertThatThrownBy(() -> new FunctionCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "3010", "301011", "30a01", "３０１"})
    void anEconomicCodeOfOtherThanThreeOrFiveAsciiDigitsIsRefused(String code) {
        assertThatThrownBy(() -> new EconomicCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEconomicCodeHasThreeOrFiveDigits() {
        assertThat(new EconomicCode("301").value()).isEqualTo("301");
        assertThat(new EconomicCode("30101").value()).isEqualTo("30101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "22", "1234567890123", "22900a", "２２９００１"})
    void aUnitCodeOfOtherThanThreeToTwelveAsciiDigitsIsRefused(String code) {
        assertThatThrownBy(() -> new UnitCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitCodeHasThreeToTwelveDigits() {
        assertThat(new UnitCode("229").value()).isEqualTo("229");
        assertThat(new UnitCode("123456789012").value()).isEqualTo("123456789012");
    }

    @Test
    void aNullCodeIsRefused() {
        assertThatThrownBy(() -> new FunctionCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EconomicCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
