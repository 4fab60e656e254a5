package fiscalledger.ledger.api;

/**
 * The check the code types make on every construction (a journal builds several per line): only ASCII digits, as
 * {@code \d} means in a Java regular expression, of an allowed length. A loop instead of a regular expression, because
 * each match allocated a matcher and cost more than the rest of the construction.
 */
final class AsciiDigits {
    private AsciiDigits() {
    }

    /** Whether {@code value} is non-null and consists of ASCII digits only, with a length in [min, max]. */
    static boolean of(String value, int min, int max) {
        if (value == null || value.length() < min || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
