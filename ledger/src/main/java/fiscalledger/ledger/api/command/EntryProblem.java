package fiscalledger.ledger.api.command;

/**
 * One thing wrong with one entry: where (source file and line, or the shell command), which field, and why,
 * in words a finance officer can act on. Warnings (e.g. spending beyond a budget line) use the same shape, with
 * {@code about} saying what they concern so that many can be grouped (null for errors and ungrouped warnings).
 */
public record EntryProblem(String source, long line, String voucher, String field, String message,
                           WarningSubject about) {

    public EntryProblem(String source, long line, String voucher, String field, String message) {
        this(source, line, voucher, field, message, null);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            s.append(source);
            if (line > 0) {
                s.append(':').append(line);
            }
            s.append(": ");
        }
        if (voucher != null && !voucher.isEmpty()) {
            s.append("voucher ").append(voucher).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
