package fiscalledger.projections.table;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.facts.Contract;
import fiscalledger.projections.facts.LedgerFacts;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which 政府采购合同 make up one cell, and which of their amounts it adds (contract amount, SME part or small/micro
 * part): the contract counterpart of {@link CellSource}, so table 10's 政府采购 rows and the 说明's SME amounts trace
 * to the contract vouchers. The table computes the cell from this same rule.
 */
public record ContractSource(Predicate<Contract> which, Function<Contract, Fen> measure) {

    public static ContractSource amounts(Predicate<Contract> which) {
        return new ContractSource(which, Contract::amount);
    }

    /** What one contract adds to the cell (zero when it has no part in it). */
    public Fen contribution(Contract contract) {
        return which.test(contract) ? measure.apply(contract) : Fen.ZERO;
    }

    /** The cell's value: Σ of the measure over the contracts that count, exactly in fen. */
    public Fen sum(LedgerFacts facts) {
        return facts.contractSum(which, measure);
    }
}
