package fiscalledger.projections.sql;

import java.util.Collections;
import java.util.List;

/**
 * What a read-only query returned: column labels, up to maxRows rows, whether more rows were left out, and which
 * columns the database types as numbers (BIGINT, INTEGER, DECIMAL, …), so that a JSON rendering can keep them numbers.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated, List<Boolean> numbers) {

    public QueryResult {
        numbers = numbers == null ? Collections.nCopies(columns.size(), false) : List.copyOf(numbers);
        if (numbers.size() != columns.size()) {
            throw new IllegalArgumentException("a query result needs one number flag per column");
        }
    }

    /** A result whose column types are not known: every column is taken as text. */
    public QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
        this(columns, rows, truncated, null);
    }
}
