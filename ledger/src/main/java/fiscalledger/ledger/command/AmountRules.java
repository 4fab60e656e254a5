package fiscalledger.ledger.command;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.ProcurementCategory;

/** Amounts are exact fen and positive; a correction is a reversal, never a negative posting. */
final class AmountRules {

    /**
     * The most one entry may carry: 1,000,000,000,000.00 yuan (一万亿元), far beyond any unit's year. Without a bound a
     * few hostile amounts near the top of a long would overflow every sum that the balances and tables take.
     */
    static final Fen MAX_ENTRY = Fen.of(100_000_000_000_000L);

    private AmountRules() {
    }

    static void positive(Fen amount, String field, Problems problems) {
        if (amount == null) {
            problems.error(field, "amount is missing");
        } else if (!amount.isPositive()) {
            problems.error(field, "amount must be positive, not " + amount
                    + " yuan; to undo an entry, reverse it (冲销)");
        } else if (amount.compareTo(MAX_ENTRY) > 0) {
            problems.error(field, "amount " + amount + " yuan exceeds the largest amount one entry may carry ("
                    + MAX_ENTRY + " yuan); check the figure and its unit (yuan, not fen)");
        }
    }

    /** 政府采购 shares: SME part within the amount, small/micro part within the SME part, both only for procurement. */
    static void procurementShares(Fen amount, ProcurementCategory procurement, Fen sme, Fen smallMicro,
                                  Problems problems) {
        if (procurement == null && (!orZero(sme).isZero() || !orZero(smallMicro).isZero())) {
            problems.error("procurement", "SME amounts are only recorded for 政府采购; give the procurement category"
                    + " (货物/工程/服务) or leave the SME amounts empty");
        }
        shares(amount, "the payment's amount", sme, smallMicro, problems);
    }

    /** A contract's SME part lies within its amount and the small/micro part within the SME part; neither negative. */
    static void contractShares(Fen contract, Fen sme, Fen smallMicro, Problems problems) {
        shares(contract, "the contract amount", sme, smallMicro, problems);
    }

    /** The SME part lies within the whole, the small/micro part within the SME part (they are SMEs); neither negative. */
    private static void shares(Fen whole, String wholeName, Fen sme, Fen smallMicro, Problems problems) {
        Fen smeAmount = orZero(sme);
        Fen smallMicroAmount = orZero(smallMicro);
        if (smeAmount.isNegative()) {
            problems.error("sme_amount", "SME amount cannot be negative (" + smeAmount + " yuan)");
        }
        if (smallMicroAmount.isNegative()) {
            problems.error("small_micro_amount", "small/micro amount cannot be negative (" + smallMicroAmount + " yuan)");
        }
        if (whole != null && smeAmount.compareTo(whole) > 0) {
            problems.error("sme_amount", "SME amount " + smeAmount + " exceeds " + wholeName + " " + whole);
        }
        if (smallMicroAmount.compareTo(smeAmount) > 0) {
            problems.error("small_micro_amount", "small/micro amount " + smallMicroAmount
                    + " exceeds the SME amount " + smeAmount + " (small and micro firms are part of the SMEs)");
        }
    }

    private static Fen orZero(Fen amount) {
        return amount == null ? Fen.ZERO : amount;
    }
}
