package fiscalledger.ledger.api;

/** Identifies one unit's fiscal year: the aggregate that owns its invariants. */
public record LedgerKey(UnitCode unit, FiscalYear year) {

    public static LedgerKey of(UnitCode unit, FiscalYear year) {
        return new LedgerKey(unit, year);
    }

    public static LedgerKey parse(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("ledger id '" + id + "' must look like 229001/2024");
        }
        return new LedgerKey(new UnitCode(id.substring(0, slash)), FiscalYear.parse(id.substring(slash + 1)));
    }

    /** The aggregate identifier, e.g. 229001/2024. */
    public String id() {
        return unit.value() + "/" + year.value();
    }

    @Override
    public String toString() {
        return id();
    }
}
