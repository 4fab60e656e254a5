package fiscalledger.projections.facts;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.ProcurementCategory;

import java.time.LocalDate;

/**
 * One 政府采购合同 of the unit-year as it stood at the cut-off (a contract reversed within the cut-off is not one):
 * table 10's 政府采购 rows and the 说明's SME figures are sums of these. project and supplier are "" when not given.
 */
public record Contract(long sequence, String voucher, LocalDate date, String memo, String project,
                       ProcurementCategory category, Fen amount, Fen sme, Fen smallMicro, String supplier,
                       String recordedBy) {
}
