package fiscalledger.shell.service;

import java.util.List;

/** Takes a query's rows one at a time as they are read, each value as printed text (null for SQL NULL). */
public interface QueryRows {

    /** The column labels, once, before any row. */
    void columns(List<String> labels);

    /** The column labels and which of them hold numbers, once, before any row; by default the types are dropped. */
    default void columns(List<String> labels, List<Boolean> numbers) {
        columns(labels);
    }

    void row(List<String> values);
}
