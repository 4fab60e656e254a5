package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.Labelled;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fiscalledger.ledger.journal.Column.*;

/**
 * The line types of a journal (column {@code type}) and which columns each one uses. A column a line type does
 * not use must be empty: a value there is almost always a line typed under the wrong type, and silently
 * dropping it would lose the officer's data.
 */
public enum LineType implements Labelled {
    OPEN_YEAR("开年", null, EnumSet.of(UNIT_NAME, DEPARTMENT_CODE, DEPARTMENT_NAME, UNIT_TYPE, CARRY_FORWARD)),
    OPENING("年初结转和结余", OPEN_YEAR, EnumSet.of(FUND, FUNCTION, AMOUNT)),
    BUDGET("年初预算", null, EnumSet.of(FUND, FUNCTION, KIND, PROJECT, ECONOMIC, AMOUNT)),
    ADJUST("预算调整", null, EnumSet.of(ADJUSTMENT, FUND, FUNCTION, KIND, PROJECT, ECONOMIC, AMOUNT, DOCUMENT,
            FROM_FUND, FROM_FUNCTION, FROM_KIND, FROM_PROJECT, FROM_ECONOMIC)),
    APPROPRIATION("财政拨款", null, EnumSet.of(FUND, FUNCTION, AMOUNT)),
    INCOME("非财政收入", null, EnumSet.of(FUND, FUNCTION, AMOUNT)),
    EXPENSE("支出", null, EnumSet.of(FUND, FUNCTION, ECONOMIC, KIND, PROJECT, AMOUNT, PROCUREMENT, SME_AMOUNT,
            SMALL_MICRO_AMOUNT)),
    USE_BALANCE("使用非财政拨款结余", null, EnumSet.of(FUND, FUNCTION, AMOUNT)),
    DISTRIBUTE("结余分配", null, EnumSet.of(FUND, FUNCTION, AMOUNT)),
    REVERSE("冲销", null, EnumSet.of(REVERSED_VOUCHER, REASON)),
    CLOSE_YEAR("结账", null, EnumSet.noneOf(Column.class)),
    ASSETS("资产", null, EnumSet.noneOf(Column.class)),
    VEHICLE("车辆", ASSETS, EnumSet.of(VEHICLE_USE, QUANTITY)),
    EQUIPMENT("大型设备", ASSETS, EnumSet.of(QUANTITY)),
    PERFORMANCE("绩效自评", null, EnumSet.of(PROJECT, DECLARED_TARGET)),
    INDICATOR("绩效指标", PERFORMANCE, EnumSet.of(INDICATOR_LEVEL1, INDICATOR_LEVEL2, Column.INDICATOR, WEIGHT, SCORE)),
    CODE("科目", null, EnumSet.of(CODE_KIND, Column.CODE, NAME));

    private final String label;
    private final LineType header;
    private final Set<Column> columns;

    LineType(String label, LineType header, Set<Column> specific) {
        this.label = label;
        this.header = header;
        EnumSet<Column> all = EnumSet.of(TYPE, MEMO);
        all.addAll(specific);
        if (!"科目".equals(label)) {
            all.addAll(EnumSet.of(UNIT, YEAR, VOUCHER, DATE));
        }
        this.columns = all;
    }

    @Override
    public String label() {
        return label;
    }

    /** How the English journal spells it: open-year, use-balance, … */
    public String english() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "支出 (expense)": both spellings, for messages read by officers who may use either. */
    public String describe() {
        return label + " (" + english() + ")";
    }

    /** Whether a value in this column means something on this line type. */
    public boolean uses(Column column) {
        return columns.contains(column);
    }

    /** A detail line belongs to the header line of this type with the same unit, year and voucher. */
    public boolean isDetail() {
        return header != null;
    }

    public LineType header() {
        return header;
    }

    public boolean isHeader() {
        return this == OPEN_YEAR || this == ASSETS || this == PERFORMANCE;
    }

    public List<LineType> details() {
        return java.util.Arrays.stream(values()).filter(t -> t.header == this).toList();
    }

    public static LineType parse(String text) {
        return Labelled.parse(LineType.class, text, "line type");
    }
}
