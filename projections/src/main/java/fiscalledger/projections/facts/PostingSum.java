package fiscalledger.projections.facts;

import fiscalledger.ledger.api.*;
import fiscalledger.projections.readmodel.Movement;

/**
 * The postings of one unit-year summed over every combination of dimensions that some table distinguishes.
 * economic, kind and procurement are null where the movement has none; project is "" when none.
 */
public record PostingSum(Movement movement, Fund fund, FunctionCode function, EconomicCode economic,
                         SpendingKind kind, String project, ProcurementCategory procurement, Fen amount, Fen sme,
                         Fen smallMicro) {

    public boolean is(Movement m) {
        return movement == m;
    }

    public boolean isExpenditure() {
        return movement == Movement.EXPENDITURE;
    }

    public boolean isBudget() {
        return movement.isBudget();
    }

    public boolean isFiscal() {
        return fund.isFiscal();
    }

    public boolean isBasic() {
        return kind != null && kind.isBasic();
    }
}
