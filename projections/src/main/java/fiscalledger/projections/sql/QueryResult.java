package fiscalledger.projections.sql;

import java.util.List;

/** What a read-only query returned: column labels, up to maxRows rows, and whether more rows were left out. */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
}
