package fiscalledger.projections.table;

/** The note tables 07 and 08 print when the unit has nothing to report in them. */
public final class NoData {
    public static final String NOTE = "本表无数据";

    private NoData() {
    }
}
