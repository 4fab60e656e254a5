package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandFailure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** Turns option text into ledger values; a bad value fails with the option's name and the value type's reason. */
final class OptionValues {

    private OptionValues() {
    }

    static <T> T required(Arguments args, String option, Function<String, T> parser) {
        return parse(option, args.required(option), parser);
    }

    static <T> Optional<T> optional(Arguments args, String option, Function<String, T> parser) {
        return args.option(option).map(text -> parse(option, text, parser));
    }

    static <T> T parse(String option, String text, Function<String, T> parser) {
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--" + option + ": " + e.getMessage());
        }
    }

    static Fen amount(String text) {
        Fen fen = Fen.parseYuan(text);
        if (!fen.isPositive()) {
            throw new IllegalArgumentException("amount must be positive, got " + text);
        }
        return fen;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD, e.g. 2024-03-15)");
        }
    }

    static FunctionCode function(String text) {
        return FunctionCode.of(text);
    }

    static EconomicCode economic(String text) {
        return EconomicCode.of(text);
    }
}
