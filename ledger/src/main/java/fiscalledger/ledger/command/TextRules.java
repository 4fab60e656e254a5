package fiscalledger.ledger.command;

import fiscalledger.ledger.api.BudgetLine;
import fiscalledger.ledger.api.IndicatorScore;
import fiscalledger.ledger.api.command.AdjustBudgetCommand;
import fiscalledger.ledger.api.command.ApproveInitialBudgetCommand;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.OpenYearCommand;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.ledger.api.command.RecordPerformanceEvaluationCommand;
import fiscalledger.ledger.api.command.ReverseEntryCommand;

/**
 * The free text of an entry fits what every reader of it can hold. An event is for ever: a memo longer than the read
 * models' column, or a control character that breaks a CSV export, would be stored and then stop every projection
 * at that event. So lengths are checked here, at the door, against the read models' columns; control characters are
 * refused everywhere. A voucher is an identifier that people type, search and quote, so it additionally has no
 * quotes, semicolons or backslashes and does not start like a spreadsheet formula.
 */
final class TextRules {

    static final int VOUCHER = 64;
    static final int MEMO = 2000;
    static final int PROJECT = 300;
    static final int DOCUMENT = 200;
    static final int REASON = 1000;
    static final int NAME = 200;
    static final int CODE = 12;
    static final int INDICATOR = 300;
    static final int INDICATOR_LEVEL = 100;

    private TextRules() {
    }

    static void check(LedgerCommand command, Problems problems) {
        voucher(command.voucher(), "voucher", problems);
        text(command.memo(), "memo", MEMO, problems);
        if (command instanceof RecordExpenditureCommand c) {
            text(c.project(), "project", PROJECT, problems);
        } else if (command instanceof ApproveInitialBudgetCommand c) {
            line(c.line(), "", problems);
        } else if (command instanceof AdjustBudgetCommand c) {
            line(c.from(), "from_", problems);
            line(c.to(), "", problems);
            text(c.approvalDocument(), "document", DOCUMENT, problems);
        } else if (command instanceof ReverseEntryCommand c) {
            voucher(c.reversedVoucher(), "reversed_voucher", problems);
            text(c.reason(), "reason", REASON, problems);
        } else if (command instanceof OpenYearCommand c) {
            text(c.unitName(), "unit_name", NAME, problems);
            text(c.departmentCode(), "department_code", CODE, problems);
            text(c.departmentName(), "department_name", NAME, problems);
        } else if (command instanceof RecordPerformanceEvaluationCommand c) {
            text(c.project(), "project", PROJECT, problems);
            if (c.indicators() != null) {
                for (IndicatorScore s : c.indicators()) {
                    if (s != null) {
                        text(s.name(), "indicator", INDICATOR, problems);
                        text(s.level1(), "indicator_level1", INDICATOR_LEVEL, problems);
                        text(s.level2(), "indicator_level2", INDICATOR_LEVEL, problems);
                    }
                }
            }
        }
    }

    private static void line(BudgetLine line, String prefix, Problems problems) {
        if (line != null) {
            text(line.project(), prefix + "project", PROJECT, problems);
        }
    }

    static void voucher(String voucher, String field, Problems problems) {
        if (voucher == null || voucher.isBlank()) {
            return; // a missing voucher is reported by the voucher rule itself
        }
        String v = voucher.strip();
        text(v, field, VOUCHER, problems);
        if (hasQuoteOrSeparator(v)) {
            problems.error(field, "voucher '" + printable(v) + "' contains a quote, semicolon or backslash; a voucher"
                    + " number is letters, digits and separators such as - / . # (e.g. 记-2024-0012)");
        } else if ("=+@".indexOf(v.charAt(0)) >= 0 || (v.charAt(0) == '-' && v.length() > 1)) {
            problems.error(field, "voucher '" + printable(v) + "' starts like a spreadsheet formula (= + - @);"
                    + " start it with a letter or digit");
        }
    }

    /** A loop rather than a stream: this runs for every entry of an import. */
    private static boolean hasQuoteOrSeparator(String voucher) {
        for (int i = 0; i < voucher.length(); i++) {
            char c = voucher.charAt(i);
            if (c == '\'' || c == '"' || c == ';' || c == '\\' || c == '`') {
                return true;
            }
        }
        return false;
    }

    static void text(String value, String field, int max, Problems problems) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.error(field, "is " + length + " characters long; at most " + max + " are kept");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                problems.error(field, "contains a control character (U+" + String.format("%04X", (int) c)
                        + ") at position " + (i + 1) + "; remove it (line breaks and tabs are not kept in " + field + ")");
                return;
            }
        }
    }

    private static String printable(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}
