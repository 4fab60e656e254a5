package fiscalledger.projections.table;

/** The note tables 07 and 08 print under their 注 when the unit has nothing to report in them. */
public final class NoData {
    public static final String NOTE = "说明：本表无数据";

    private NoData() {
    }
}
