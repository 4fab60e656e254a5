package fiscalledger.shell.service;

import fiscalledger.ledger.api.LedgerKey;

/** One unit-year in the store, as `units` and `years` list it. */
public record LedgerSummary(LedgerKey key, String unitName, boolean closed) {
}
