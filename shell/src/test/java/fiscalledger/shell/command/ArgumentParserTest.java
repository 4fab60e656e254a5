package fiscalledger.shell.command;

import fiscalledger.shell.command.query.ShowCommand;
import fiscalledger.shell.command.record.OpenYearCommand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentParserTest {

    private final ShowCommand show = new ShowCommand();

    @Test
    void optionsTakeTheNextWordOrAnEqualsValueAndFlagsNone() {
        Arguments args = ArgumentParser.parse(show, List.of("02", "--unit", "229001", "--year=2024", "--yuan"));
        assertThat(args.positional(0)).contains("02");
        assertThat(args.option("unit")).contains("229001");
        assertThat(args.option("year")).contains("2024");
        assertThat(args.flag("yuan")).isTrue();
        assertThat(args.option("format")).isEmpty();
    }

    @Test
    void anOptionWithoutItsValueSaysWhatValueItNeeds() {
        assertThatThrownBy(() -> ArgumentParser.parse(show, List.of("01", "--format")))
                .hasMessage("--format needs a value (text|csv|json|md)");
    }

    @Test
    void aSurplusPositionalIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> ArgumentParser.parse(show, List.of("01", "02")))
                .hasMessageStartingWith("unexpected argument '02'; usage: show TABLE");
    }

    @Test
    void repeatedOptionsKeepEveryValueInOrder() {
        Arguments args = ArgumentParser.parse(new OpenYearCommand(),
                List.of("--opening", "一般公共预算:2010301:100", "--opening", "其他:2010301:5"));
        assertThat(args.all("opening")).containsExactly("一般公共预算:2010301:100", "其他:2010301:5");
    }

    @Test
    void missingListsRequiredPositionalsAndOptions() {
        OpenYearCommand open = new OpenYearCommand();
        assertThat(ArgumentParser.missing(open, ArgumentParser.parse(open, List.of("--unit", "229001"))))
                .containsExactly("--voucher", "--date", "--name", "--unit-type");
        assertThat(ArgumentParser.missing(show, ArgumentParser.parse(show, List.of()))).containsExactly("TABLE");
    }
}
