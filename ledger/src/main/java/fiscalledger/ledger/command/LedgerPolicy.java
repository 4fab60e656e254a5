package fiscalledger.ledger.command;

import fiscalledger.ledger.api.command.OverspendPolicy;

/** The configurable part of the ledger's rules, handed to the aggregate's command handlers as a resource. */
public record LedgerPolicy(OverspendPolicy overspend) {

    public static final LedgerPolicy DEFAULT = new LedgerPolicy(OverspendPolicy.WARN);
}
