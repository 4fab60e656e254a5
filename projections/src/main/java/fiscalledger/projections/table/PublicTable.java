package fiscalledger.projections.table;

import fiscalledger.projections.facts.LedgerFacts;

import java.util.Optional;

/** One public table: knows its rows and columns and computes them from a unit-year's facts. */
public interface PublicTable {

    /** "01"…"10", "perf", "notes", "balances". */
    String id();

    /** The title as printed, e.g. 收入支出决算总表. */
    String title();

    TableView render(LedgerFacts facts);

    /**
     * The key of the row a user's reference names when it is none of a row's printed key, code or name (a key the
     * table printed before, which scripts still use); empty when the table knows no such reference.
     */
    default Optional<String> rowKey(String ref) {
        return Optional.empty();
    }

    /**
     * Which postings make up the money cell at this row and column (for trace), or empty when the cell is not a sum
     * of postings (a count, a rate, a score) or the table does not say. The rule is the one {@link #render} uses.
     */
    default Optional<CellSource> source(TableRow row, String column) {
        return Optional.empty();
    }

    /**
     * The same as {@link #source(TableRow, String)} for a table whose rule depends on the unit-year itself (table 10
     * prints 机关运行经费 on the row of the unit's type); the facts are those the table was rendered from.
     */
    default Optional<CellSource> source(TableRow row, String column, LedgerFacts facts) {
        return source(row, column);
    }

    /**
     * Which lines of the asset facts in force make up the count at this row and column (for trace), or empty when
     * the cell is not such a count. The rule is the one {@link #render} uses.
     */
    default Optional<AssetSource> assetSource(TableRow row, String column) {
        return Optional.empty();
    }

    /**
     * Which 政府采购合同 make up the money cell at this row and column (for trace), or empty when the cell is not a
     * sum of contracts. The rule is the one {@link #render} uses.
     */
    default Optional<ContractSource> contractSource(TableRow row, String column) {
        return Optional.empty();
    }
}
