package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Parsers for the journal's cell values that the value types do not already provide in the journal's terms. */
final class Cells {
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "否");

    private Cells() {
    }

    /** Postings are made on 项: a 类 or 款 code is a sum, not a place to book money. */
    static FunctionCode functionItem(String text) {
        FunctionCode code = FunctionCode.of(text);
        if (!code.isItem()) {
            throw new IllegalArgumentException("function code '" + code + "' is a " + code.level().label()
                    + "; entries use a 7-digit 项 code such as " + code + "0101".substring(0, 7 - code.value().length()));
        }
        return code;
    }

    static EconomicCode economicItem(String text) {
        EconomicCode code = EconomicCode.of(text);
        if (!code.isItem()) {
            throw new IllegalArgumentException("economic code '" + code
                    + "' is a 类; entries use a 5-digit 款 code such as " + code + "01");
        }
        return code;
    }

    /** A movement of money: always positive, its direction is the line type. */
    static Fen positiveAmount(String text) {
        Fen amount = Fen.parseYuan(text);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("'" + text + "' is not more than zero; amounts are positive yuan "
                    + "(undo an entry with a 冲销 line, cut a budget with 追减)");
        }
        return amount;
    }

    static Fen nonNegativeAmount(String text) {
        Fen amount = Fen.parseYuan(text);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; write zero or more yuan");
        }
        return amount;
    }

    static int quantity(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0) {
                throw new IllegalArgumentException("'" + text + "' is negative; a count is zero or more");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    static BigDecimal points(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of points (e.g. 9.5)");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("'" + text + "' is negative; points are zero or more");
        }
        return value;
    }

    static boolean yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(t)) {
            return true;
        }
        if (NO.contains(t)) {
            return false;
        }
        throw new IllegalArgumentException("'" + text + "' is not yes or no (是/否)");
    }

    static String text(String text) {
        return text.strip();
    }
}
