package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;

import java.math.BigDecimal;

/**
 * One printed cell of a public table. Money stays exact (fen) until it is printed, so that 万元 rounding happens
 * once, at the edge, and tail differences arise by themselves.
 */
public sealed interface Cell {

    /**
     * An amount; printed in 万元 (table's decimals, half-up) or in yuan. A zero sum prints empty; a declared amount
     * (绩效自评's 目标申报数, recorded as a figure rather than summed from postings) prints its zero, as the publication
     * prints "0" for a target declared as 0.
     */
    record Money(Fen amount, boolean printsZero) implements Cell {
        public Money(Fen amount) {
            this(amount, false);
        }

        /** Whether the cell prints nothing: a zero that is a sum, not a declared figure. */
        public boolean printsEmpty() {
            return amount.isZero() && !printsZero;
        }
    }

    /** A count (vehicles, equipment). Zero prints empty, as in the publication. */
    record Count(long value) implements Cell {
    }

    /** An already-computed figure (a rate, a score, a share), printed as given. */
    record Figure(BigDecimal value) implements Cell {
    }

    /** Text such as a grade (优/良/中/差). */
    record Text(String value) implements Cell {
    }

    /** "——": the cell does not apply. */
    record NotApplicable() implements Cell {
    }

    /** Printed empty. */
    record Empty() implements Cell {
    }

    /**
     * The cell as the publication prints it: money in 万元 with the given decimals (half-up), a zero sum or count
     * empty, "——" where it does not apply. Renderers that print otherwise (yuan, grouping) start from this.
     */
    default String printed(int wanDecimals) {
        if (this instanceof Money m) {
            return m.printsEmpty() ? "" : m.amount().toWan(wanDecimals).toPlainString();
        }
        if (this instanceof Count c) {
            return c.value() == 0 ? "" : Long.toString(c.value());
        }
        if (this instanceof Figure f) {
            return f.value().toPlainString();
        }
        if (this instanceof Text t) {
            return t.value();
        }
        return this instanceof NotApplicable ? "——" : "";
    }

    static Cell money(Fen amount) {
        return new Money(amount);
    }

    /** An amount declared rather than summed (目标申报数): printed even when it is 0. */
    static Cell declared(Fen amount) {
        return new Money(amount, true);
    }

    static Cell count(long value) {
        return new Count(value);
    }

    static Cell figure(BigDecimal value) {
        return new Figure(value);
    }

    static Cell text(String value) {
        return new Text(value);
    }

    static Cell notApplicable() {
        return new NotApplicable();
    }

    static Cell empty() {
        return new Empty();
    }
}
