package fiscalledger.projections.table;

import fiscalledger.ledger.api.LedgerKey;

import java.util.List;
import java.util.Optional;

/**
 * What a table prints around its cells, as the publication prints it: the label of the unit line (部门名称 on 01–09,
 * 单位名称 on 10), the label of the amount unit (金额单位; 单位 on 07 and 08), the heads of the columns that name a
 * row (项目, 行次 / 科目代码, 科目名称), the section headings printed above rows (table 10's 一、政府采购情况 …), and
 * whether figures drop trailing zeros (绩效自评 prints 100, 245.84, 47.973, 0 and scores 4.8, 39.8). The cells, row keys and column names
 * stay those of {@code seed-2024-expected.csv}; only what a reader sees comes from here.
 *
 * @param rowHeads the columns before the table's own, in printed order
 */
public record Layout(UnitLabel unitLabel, String amountUnitLabel, List<RowHead> rowHeads, List<Section> sections,
                     boolean trimsZeros) {

    public static final String AMOUNT_UNIT = "金额单位";

    public Layout {
        rowHeads = List.copyOf(rowHeads);
        sections = List.copyOf(sections);
    }

    /** How the unit is named above a table. */
    public enum UnitLabel {
        /** 01–09: "部门名称：山西省行政审批服务管理局", "2024年度". */
        DEPARTMENT("部门名称", "%d年度"),
        /** 10: "单位名称：山西省行政审批服务管理局". */
        UNIT("单位名称", "%d年度"),
        /** 绩效自评: "预算单位：229001-山西省行政审批服务管理局", "(2024年度)" — the form prints the code with the name. */
        BUDGET_UNIT("预算单位", "(%d年度)");

        private final String label;
        private final String yearFormat;

        UnitLabel(String label, String yearFormat) {
            this.label = label;
            this.yearFormat = yearFormat;
        }

        public String label() {
            return label;
        }

        public String line(LedgerKey ledger, String unitName) {
            return label + "：" + (this == BUDGET_UNIT ? ledger.unit().value() + "-" + unitName : unitName);
        }

        public String year(LedgerKey ledger) {
            return String.format(yearFormat, ledger.year().value());
        }
    }

    /** A column that names a row: its printed head and what it shows of the row. */
    public record RowHead(String head, Part part) {
        public enum Part {
            /** The row's key: 行次 (32), or the stable key of a table without 行次. */
            KEY,
            /** The 科目代码; a row without one (合计, 人员经费合计) prints its name here, as the merged cell does. */
            CODE,
            /** The name as printed (项目, 科目名称). */
            NAME
        }
    }

    /** A heading printed above the row with key {@code firstRow} (一、政府采购情况 above row 1 of table 10). */
    public record Section(String heading, String firstRow) {
    }

    /** 01, 04, 10: 项目 then 行次. */
    static Layout rowNumbered(UnitLabel unit, List<Section> sections) {
        return new Layout(unit, AMOUNT_UNIT, List.of(new RowHead("项目", RowHead.Part.NAME),
                new RowHead("行次", RowHead.Part.KEY)), sections, false);
    }

    /** 02, 03, 05–08: 科目代码 then 科目名称. */
    static Layout classified(String amountUnitLabel, List<Section> sections) {
        return new Layout(UnitLabel.DEPARTMENT, amountUnitLabel, List.of(new RowHead("科目代码", RowHead.Part.CODE),
                new RowHead("科目名称", RowHead.Part.NAME)), sections, false);
    }

    /** A table whose rows are named only (09's 项目, 绩效自评's 项目名称). */
    static Layout named(UnitLabel unit, String head, boolean trimsZeros) {
        return new Layout(unit, AMOUNT_UNIT, List.of(new RowHead(head, RowHead.Part.NAME)), List.of(), trimsZeros);
    }

    /**
     * The tables that are not in the publication (notes, balances) and views built without a layout: the row's key,
     * which is what `trace` takes, then its name.
     */
    public static Layout keyed() {
        return new Layout(UnitLabel.DEPARTMENT, AMOUNT_UNIT, List.of(new RowHead("行次/科目代码", RowHead.Part.KEY),
                new RowHead("项目/科目名称", RowHead.Part.NAME)), List.of(), false);
    }

    /** The heading printed above a row, if a section starts there. */
    public Optional<String> sectionBefore(String rowKey) {
        return sections.stream().filter(s -> s.firstRow().equals(rowKey)).map(Section::heading).findFirst();
    }
}
