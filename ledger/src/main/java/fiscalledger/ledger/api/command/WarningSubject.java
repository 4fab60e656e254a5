package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.Fen;

/**
 * What a warning is about, in a form that can be grouped and added up: an import of thousands of lines that all
 * spend beyond the same budget line is reported as one group with a count and an amount, not thousands of lines.
 *
 * @param kind    what kind of warning
 * @param ledger  the unit-year, e.g. 229001/2024
 * @param subject the budget line (as {@code BudgetLine.describe()}), project or voucher the warning is about
 * @param amount  the entry's own amount
 * @param beyond  for {@link Kind#OVERSPEND} how far the line's spending stands beyond its 全年预算 after this entry;
 *                for {@link Kind#NO_BUDGET_LINE} the entry's amount (all of it is unbudgeted); otherwise zero
 */
public record WarningSubject(Kind kind, String ledger, String subject, Fen amount, Fen beyond) {

    public enum Kind {
        OVERSPEND("spending beyond 全年预算"),
        NO_BUDGET_LINE("fiscal spending with no budget line"),
        PROJECT_WITHOUT_BUDGET("project with no budget line"),
        VOUCHER_CONFLICT("voucher already recorded with different content");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public WarningSubject {
        amount = amount == null ? Fen.ZERO : amount;
        beyond = beyond == null ? Fen.ZERO : beyond;
    }
}
