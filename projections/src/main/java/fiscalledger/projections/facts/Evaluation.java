package fiscalledger.projections.facts;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.IndicatorScore;

import java.util.List;

/** The 绩效自评 of one project in force at the cut-off. */
public record Evaluation(String project, Fen declaredTarget, List<IndicatorScore> indicators, String voucher,
                         long sequence) {
}
