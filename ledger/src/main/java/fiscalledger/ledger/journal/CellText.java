package fiscalledger.ledger.journal;

/**
 * Formula injection guard for cells that Excel will open. A text cell starting with = + - @ (or a tab/CR) would be
 * evaluated by Excel as a formula, so {@link JournalWriter} writes it with a leading apostrophe — Excel shows the
 * text unchanged and keeps the apostrophe out of the cell value. Reading removes that apostrophe again, so a
 * written journal reads back exactly. Amounts, codes and dates are never guarded: they are numbers to Excel
 * (a negative opening balance must stay a number).
 */
final class CellText {
    private CellText() {
    }

    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    static String guard(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /** The cell as the officer meant it: trimmed, and without the apostrophe that guarded a formula-like text. */
    static String unguard(String cell) {
        String value = cell.strip();
        if (value.length() > 1 && value.charAt(0) == '\'' && looksLikeFormula(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }
}
