package fiscalledger.ledger.api.command;

/**
 * What happens when an expenditure takes a budget line beyond its 全年预算 (property
 * {@code fiscal-ledger.overspend-policy}): by default the entry is recorded and the officer sees a warning; a unit that
 * must never over-spend sets {@code reject}.
 */
public enum OverspendPolicy {
    WARN, REJECT
}
