package fiscalledger.projections.readmodel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Postings collected while a tracking processor handles a batch of events, written with one JDBC batch when the
 * batch commits (the rebuild rate depends on it). Rows live in the same transaction as the processor's token.
 */
final class PostingBatch {
    static final String INSERT = "INSERT INTO postings (seq, line_no, unit, fiscal_year, movement, fund, function_code, "
            + "economic_code, kind, project, procurement, sme_fen, small_micro_fen, amount_fen, voucher, "
            + "business_date, adjustment_type, document, recorded_by, recorded_reason, memo) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final List<PostingRow> rows = new ArrayList<>();

    PostingBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(PostingRow row) {
        rows.add(row);
    }

    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, r) -> {
            ps.setLong(1, r.seq());
            ps.setInt(2, r.lineNo());
            ps.setString(3, r.unit());
            ps.setInt(4, r.year());
            ps.setString(5, r.movement().code());
            ps.setString(6, r.fund());
            ps.setString(7, r.functionCode());
            setNullable(ps, 8, r.economicCode());
            setNullable(ps, 9, r.kind());
            ps.setString(10, r.project());
            setNullable(ps, 11, r.procurement());
            ps.setLong(12, r.smeFen());
            ps.setLong(13, r.smallMicroFen());
            ps.setLong(14, r.amountFen());
            ps.setString(15, r.voucher());
            // the date as it is: a java.sql.Date goes through the default time zone's calendar both ways
            ps.setObject(16, r.businessDate());
            setNullable(ps, 17, r.adjustmentType());
            setNullable(ps, 18, r.document());
            setNullable(ps, 19, r.recordedBy());
            setNullable(ps, 20, r.recordedReason());
            setNullable(ps, 21, r.memo());
        });
        rows.clear();
    }

    private static void setNullable(java.sql.PreparedStatement ps, int i, String value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }
}
