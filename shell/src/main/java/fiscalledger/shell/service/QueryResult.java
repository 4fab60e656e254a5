package fiscalledger.shell.service;

import java.util.List;

/** The rows of a read-only SQL query, every value already turned into its printed text (null for SQL NULL). */
public record QueryResult(List<String> columns, List<List<String>> rows) {
}
