package fiscalledger.ledger.journal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the journal format (README "Journal format"), each with its English and Chinese header. A file
 * may use either spelling, even mixed; problems name the field as the file spells it.
 */
public enum Column {
    TYPE("type", "类型"),
    UNIT("unit", "单位编码"),
    YEAR("year", "年度"),
    VOUCHER("voucher", "凭证号"),
    DATE("date", "业务日期"),
    MEMO("memo", "摘要"),
    FUND("fund", "资金来源"),
    FUNCTION("function", "功能科目"),
    ECONOMIC("economic", "经济科目"),
    KIND("kind", "支出类型"),
    PROJECT("project", "项目"),
    AMOUNT("amount", "金额"),
    PROCUREMENT("procurement", "采购类别"),
    SME_AMOUNT("sme_amount", "中小企业金额"),
    SMALL_MICRO_AMOUNT("small_micro_amount", "小微企业金额"),
    ADJUSTMENT("adjustment", "调整类型"),
    FROM_FUND("from_fund", "调出资金来源"),
    FROM_FUNCTION("from_function", "调出功能科目"),
    FROM_KIND("from_kind", "调出支出类型"),
    FROM_PROJECT("from_project", "调出项目"),
    FROM_ECONOMIC("from_economic", "调出经济科目"),
    DOCUMENT("document", "批复文号"),
    REVERSED_VOUCHER("reversed_voucher", "被冲销凭证号"),
    REASON("reason", "原因"),
    UNIT_NAME("unit_name", "单位名称"),
    DEPARTMENT_CODE("department_code", "主管部门编码"),
    DEPARTMENT_NAME("department_name", "主管部门名称"),
    UNIT_TYPE("unit_type", "单位类型"),
    CARRY_FORWARD("carry_forward", "结转上年"),
    VEHICLE_USE("vehicle_use", "车辆用途"),
    QUANTITY("quantity", "数量"),
    DECLARED_TARGET("declared_target", "目标申报数"),
    INDICATOR_LEVEL1("indicator_level1", "一级指标"),
    INDICATOR_LEVEL2("indicator_level2", "二级指标"),
    INDICATOR("indicator", "三级指标"),
    WEIGHT("weight", "分值"),
    SCORE("score", "得分"),
    CODE_KIND("code_kind", "科目类型"),
    CODE("code", "科目代码"),
    NAME("name", "科目名称");

    private static final Map<String, Column> BY_HEADER = new HashMap<>();

    static {
        for (Column c : values()) {
            BY_HEADER.put(normalise(c.english), c);
            BY_HEADER.put(normalise(c.chinese), c);
        }
    }

    private final String english;
    private final String chinese;

    Column(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }

    public String header(HeaderLanguage language) {
        return language == HeaderLanguage.CHINESE ? chinese : english;
    }

    /** The column a header cell names, forgiving case, spaces, hyphens and full-width brackets. */
    public static Optional<Column> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalise(header)));
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace('-', '_')
                .replace('（', '(').replace('）', ')');
    }
}
