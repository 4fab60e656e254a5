package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RegisterCodeCommand;

/** What one journal line turned out to be, before header and detail lines are put together. */
sealed interface Interpreted {
    RawLine raw();

    /** The voucher of a unit-year: what makes an entry unique, and what joins detail lines to their header. */
    record VoucherKey(UnitCode unit, FiscalYear year, String voucher) {
        @Override
        public String toString() {
            return unit + "/" + year + " voucher " + voucher;
        }
    }

    /** A complete entry, or a header whose command still lacks its detail lines. */
    record Entry(RawLine raw, LineType type, VoucherKey key, LedgerCommand command) implements Interpreted {
    }

    /** A detail line: an opening balance, vehicles of one use, equipment count or indicator score. */
    record Detail(RawLine raw, LineType type, VoucherKey key, Object value) implements Interpreted {
    }

    record Code(RawLine raw, RegisterCodeCommand command) implements Interpreted {
    }

    /**
     * A line with problems whose voucher is still known: it keeps the voucher taken (so a repeat is reported) and
     * keeps its detail lines from being reported as orphans on top of the header's own problem.
     */
    record Broken(RawLine raw, LineType type, VoucherKey key) implements Interpreted {
    }
}
