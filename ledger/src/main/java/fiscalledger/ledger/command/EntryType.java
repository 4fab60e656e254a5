package fiscalledger.ledger.command;

/** What a recorded voucher was, so a reversal knows what to undo (and whether it may). */
enum EntryType {
    YEAR_OPENED(false), INITIAL_BUDGET(true), BUDGET_ADJUSTMENT(true), APPROPRIATION(true), OTHER_INCOME(true),
    EXPENDITURE(true), BALANCE_USED(true), SURPLUS_DISTRIBUTED(true), REVERSAL(false), YEAR_CLOSED(false),
    ASSET_FACTS(false), PERFORMANCE(false), PROCUREMENT_CONTRACT(true);

    private final boolean reversible;

    EntryType(boolean reversible) {
        this.reversible = reversible;
    }

    boolean reversible() {
        return reversible;
    }
}
