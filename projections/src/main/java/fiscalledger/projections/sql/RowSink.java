package fiscalledger.projections.sql;

import java.util.List;

/**
 * Takes a query's rows one at a time as the database hands them over, so that an export of every posting of a
 * large unit-year is written without holding its rows. Values are as in {@link QueryResult} (a DATE as LocalDate).
 */
public interface RowSink {

    /** The column labels (lower case), once, before any row. */
    void columns(List<String> labels);

    void row(List<Object> values);
}
