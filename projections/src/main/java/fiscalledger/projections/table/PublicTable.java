package fiscalledger.projections.table;

import fiscalledger.projections.facts.LedgerFacts;

/** One public table: knows its rows and columns and computes them from a unit-year's facts. */
public interface PublicTable {

    /** "01"…"10", "perf", "notes", "balances". */
    String id();

    /** The title as printed, e.g. 收入支出决算总表. */
    String title();

    TableView render(LedgerFacts facts);
}
