package fiscalledger.projections.check;

import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.table.TableView;

import java.util.List;
import java.util.Map;

/** One group of named identities over a unit-year's rendered tables (and, where they refer to it, its postings). */
interface IdentityCheck {
    List<CheckResult> check(Map<String, TableView> tables, LedgerFacts facts);
}
