package fiscalledger.ledger.api.command;

/**
 * One thing wrong with one entry: where (source file and line, or the shell command), which field, and why,
 * in words a finance officer can act on. Warnings (e.g. spending beyond a budget line) use the same shape.
 */
public record EntryProblem(String source, long line, String voucher, String field, String message) {

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
