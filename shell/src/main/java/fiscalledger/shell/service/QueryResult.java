package fiscalledger.shell.service;

import java.util.Collections;
import java.util.List;

/**
 * The rows of a read-only SQL query, every value already turned into its printed text (null for SQL NULL), and which
 * columns the database types as numbers (JSON keeps them numbers).
 */
public record QueryResult(List<String> columns, List<List<String>> rows, List<Boolean> numbers) {

    public QueryResult {
        numbers = numbers == null ? Collections.nCopies(columns.size(), false) : List.copyOf(numbers);
        if (numbers.size() != columns.size()) {
            throw new IllegalArgumentException("a query result needs one number flag per column");
        }
    }

    /** A result of text columns only. */
    public QueryResult(List<String> columns, List<List<String>> rows) {
        this(columns, rows, null);
    }
}
