package fiscalledger.projections;

/** A public table the ledger can print: its id ("01"…"10", "perf", "notes", "balances") and title. */
public record TableInfo(String id, String title) {
}
