package fiscalledger.projections.audit;

import fiscalledger.ledger.api.*;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.readmodel.Movement;

import java.time.LocalDate;

/**
 * One row of {@code postings} as an auditor reads it: the money movement with every dimension, the voucher and
 * business date, who recorded it and why, and the event's global sequence number. A reversal's rows carry the
 * reversed voucher.
 */
public record PostingLine(long sequence, int lineNo, String voucher, LocalDate businessDate, String memo,
                          Movement movement, Fund fund, FunctionCode function, EconomicCode economic,
                          SpendingKind kind, String project, ProcurementCategory procurement, Fen amount, Fen sme,
                          Fen smallMicro, String adjustmentType, String document, String reversedVoucher,
                          String recordedBy, String recordedReason) {

    /** The posting as a one-row sum, so the tables' cell rules apply to it unchanged. */
    public PostingSum asSum() {
        return new PostingSum(movement, fund, function, economic, kind, project, procurement, amount, sme, smallMicro);
    }

    public boolean isReversal() {
        return reversedVoucher != null;
    }
}
