package fiscalledger.projections.check;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.table.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * left = right, where each side is a signed sum of table cells (or amounts from the postings). Evaluated twice:
 * exactly in fen — a difference there is a break — and on the printed figures (each term rounded to the table's
 * decimals in 万元, as a reader adding up the publication would) — a difference there alone is a tail difference.
 */
final class Identity {
    private record Term(int sign, Cell cell) {
    }

    private final String name;
    private final String where;
    private final int decimals;
    private final List<Term> left = new ArrayList<>();
    private final List<Term> right = new ArrayList<>();

    Identity(String name, String where, int decimals) {
        this.name = name;
        this.where = where;
        this.decimals = decimals;
    }

    static Identity of(String name, String where) {
        return new Identity(name, where, 2);
    }

    Identity left(Cell c) {
        left.add(new Term(1, c));
        return this;
    }

    Identity leftMinus(Cell c) {
        left.add(new Term(-1, c));
        return this;
    }

    Identity right(Cell c) {
        right.add(new Term(1, c));
        return this;
    }

    Identity rightMinus(Cell c) {
        right.add(new Term(-1, c));
        return this;
    }

    Identity left(Fen f) {
        return left(Cell.money(f));
    }

    Identity right(Fen f) {
        return right(Cell.money(f));
    }

    CheckResult evaluate() {
        boolean counts = isCount(left) || isCount(right);
        long exactLeft = exact(left);
        long exactRight = exact(right);
        if (exactLeft != exactRight) {
            BigDecimal l = BigDecimal.valueOf(exactLeft, counts ? 0 : 2);
            BigDecimal r = BigDecimal.valueOf(exactRight, counts ? 0 : 2);
            return new CheckResult(name, CheckStatus.FAIL, l, r, l.subtract(r), counts ? "个" : "元", where);
        }
        BigDecimal printedLeft = printed(left);
        BigDecimal printedRight = printed(right);
        BigDecimal diff = printedLeft.subtract(printedRight);
        CheckStatus status = diff.signum() == 0 ? CheckStatus.PASS : CheckStatus.TAIL_DIFFERENCE;
        return new CheckResult(name, status, printedLeft, printedRight, diff, counts ? "个" : "万元", where);
    }

    private static boolean isCount(List<Term> terms) {
        return terms.stream().anyMatch(t -> t.cell() instanceof Cell.Count);
    }

    private static long exact(List<Term> terms) {
        long sum = 0;
        for (Term t : terms) {
            if (t.cell() instanceof Cell.Money m) {
                sum = Math.addExact(sum, t.sign() * m.amount().value());
            } else if (t.cell() instanceof Cell.Count c) {
                sum = Math.addExact(sum, t.sign() * c.value());
            }
        }
        return sum;
    }

    private BigDecimal printed(List<Term> terms) {
        BigDecimal sum = BigDecimal.ZERO.setScale(decimals);
        for (Term t : terms) {
            BigDecimal v = t.cell() instanceof Cell.Money m ? m.amount().toWan(decimals)
                    : t.cell() instanceof Cell.Count c ? BigDecimal.valueOf(c.value()) : BigDecimal.ZERO;
            sum = t.sign() > 0 ? sum.add(v) : sum.subtract(v);
        }
        return sum;
    }
}
