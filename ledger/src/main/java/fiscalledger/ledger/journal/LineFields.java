package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;

import java.util.List;

/**
 * Typed access to the cells of one line. Each getter that fails records a problem naming the line and the field
 * (as the file spells it) and returns null, so that one pass over a line reports everything wrong with it.
 */
final class LineFields {
    private final RawLine raw;
    private final LineType type;
    private final List<EntryProblem> problems;
    private final int problemsBefore;

    LineFields(RawLine raw, LineType type, List<EntryProblem> problems) {
        this.raw = raw;
        this.type = type;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    RawLine raw() {
        return raw;
    }

    LineType type() {
        return type;
    }

    String text(Column column) {
        return raw.value(column);
    }

    boolean has(Column column) {
        return raw.has(column);
    }

    <T> T required(Column column, Parser<T> parser) {
        if (!raw.has(column)) {
            problem(column, "is required on a " + type.describe() + " line");
            return null;
        }
        return optional(column, parser);
    }

    <T> T optional(Column column, Parser<T> parser) {
        if (!raw.has(column)) {
            return null;
        }
        try {
            return parser.parse(raw.value(column));
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    String requiredText(Column column) {
        return required(column, s -> s);
    }

    void problem(Column column, String message) {
        problems.add(new EntryProblem(raw.source(), raw.line(), raw.value(Column.VOUCHER),
                column == null ? null : raw.name(column), message));
    }

    /** Whether this line has reported no problem so far. */
    boolean clean() {
        return problems.size() == problemsBefore;
    }
}
