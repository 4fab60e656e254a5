package fiscalledger.projections.sql;

import java.util.List;

/**
 * Takes a query's rows one at a time as the database hands them over, so that an export of every posting of a
 * large unit-year is written without holding its rows. Values are as in {@link QueryResult} (a DATE as LocalDate).
 */
public interface RowSink {

    /** The column labels (lower case), once, before any row. */
    void columns(List<String> labels);

    /**
     * The column labels with which of them the database types as numbers (BIGINT, INTEGER, DECIMAL, …), once,
     * before any row; what calls the sink calls this one. By default the types are dropped.
     */
    default void columns(List<String> labels, List<Boolean> numbers) {
        columns(labels);
    }

    void row(List<Object> values);
}
