package fiscalledger.projections.readmodel;

import java.time.LocalDate;

/** One row of {@code postings}, as written. Amounts in fen; nullable columns are null when not applicable. */
record PostingRow(long seq, int lineNo, String unit, int year, Movement movement, String fund, String functionCode,
                  String economicCode, String kind, String project, String procurement, long smeFen,
                  long smallMicroFen, long amountFen, String voucher, LocalDate businessDate, String adjustmentType,
                  String document, String recordedBy, String recordedReason, String memo) {
}
