package fiscalledger.projections;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.projections.facts.FactsRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The unit-years the read models hold, for the shell's defaults and completion. */
public class LedgerDirectory {
    private final FactsRepository facts;

    public LedgerDirectory(FactsRepository facts) {
        this.facts = facts;
    }

    /** Every unit-year, by unit then year. */
    public List<LedgerSummary> ledgers() {
        return facts.ledgers();
    }

    public Optional<LedgerSummary> find(LedgerKey key) {
        return facts.ledger(key);
    }

    /** The years of one unit, oldest first. */
    public List<LedgerSummary> ofUnit(UnitCode unit) {
        return ledgers().stream().filter(l -> l.key().unit().equals(unit)).toList();
    }

    /**
     * The ledger a command means when the user names none: the only one, or else the latest open year (the
     * latest year when all are closed), the first unit code among units of that year; empty when there is none.
     */
    public Optional<LedgerKey> defaultLedger() {
        List<LedgerSummary> all = ledgers();
        if (all.size() <= 1) {
            return all.stream().findFirst().map(LedgerSummary::key);
        }
        Comparator<LedgerSummary> byYear = Comparator.comparing((LedgerSummary l) -> l.key().year())
                .thenComparing(l -> l.key().unit().value(), Comparator.reverseOrder());
        return all.stream().filter(l -> !l.closed()).max(byYear)
                .or(() -> all.stream().max(byYear)).map(LedgerSummary::key);
    }
}
