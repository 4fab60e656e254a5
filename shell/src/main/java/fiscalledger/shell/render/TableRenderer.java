package fiscalledger.shell.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fiscalledger.projections.table.Layout;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a public table in one of the output formats. Every format has the same rows and columns in the same order.
 * Text and Markdown are laid out as the publication prints the table: its title, 公开NN表, the unit line
 * (部门名称：… / 单位名称：…), the year and 金额单位, the row-naming columns with the publication's heads (项目 and
 * 行次, or 科目代码 and 科目名称), section headings (table 10's 一、政府采购情况 …) and the notes under the table
 * (注：本表反映…). CSV is for machines and scripts: the fixed header 行次/科目代码,项目/科目名称 then the table's
 * columns, a line per row keyed as `trace` takes it, nothing else. JSON carries the row keys, codes, printed names,
 * sections and notes.
 */
public final class TableRenderer {

    /** First two CSV/Markdown columns: the row key (行次 or 科目代码) and the row's name (项目 or 科目名称). */
    public static final String KEY_HEADER = "行次/科目代码";
    public static final String NAME_HEADER = "项目/科目名称";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private TableRenderer() {
    }

    public static List<String> render(TableView table, OutputFormat format, MoneyUnit unit) {
        return switch (format) {
            case TEXT -> text(table, unit);
            case CSV -> CsvRenderer.lines(grid(table, unit, false));
            case MD -> markdown(table, unit);
            case JSON -> List.of(json(table, unit));
        };
    }

    /**
     * The lines above the table as the publication prints them: the title, 公开01表 (tables of the publication only),
     * then 部门名称：山西省行政审批服务管理局  2024年度  金额单位：万元 (单位名称 on table 10, 单位 on 07 and 08). The
     * unit's code is not printed: the publication does not print it (JSON carries it as "unit").
     */
    public static List<String> header(TableView table, MoneyUnit unit) {
        List<String> lines = new ArrayList<>();
        lines.add(table.title());
        if (!table.number().isEmpty()) {
            lines.add(table.number());
        }
        lines.add(table.unitLine() + "  " + table.yearLine() + "  " + table.amountUnitLine(amountUnit(table, unit)));
        return lines;
    }

    /** The CSV grid: the row's key (what `trace` takes) and its printed name, then the table's columns. */
    static Grid grid(TableView table, MoneyUnit unit, boolean grouped) {
        List<String> header = new ArrayList<>(List.of(KEY_HEADER, NAME_HEADER));
        header.addAll(table.columns());
        List<Boolean> numeric = new ArrayList<>(List.of(false, false));
        numeric.addAll(numericColumns(table));
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.key(), row.name()));
            cells.addAll(cells(table, row, unit, grouped));
            rows.add(cells);
        }
        return new Grid(header, numeric, rows);
    }

    /**
     * The grid a reader sees: the row-naming columns under the publication's heads (a row without a 科目代码, such as
     * 合计, prints its name in the code column, as the publication's merged cell does), then the table's columns, with
     * the section headings above their first rows.
     */
    static Grid printedGrid(TableView table, MoneyUnit unit, boolean grouped) {
        List<Layout.RowHead> heads = table.layout().rowHeads();
        boolean coded = heads.stream().anyMatch(h -> h.part() == Layout.RowHead.Part.CODE);
        List<String> header = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (Layout.RowHead head : heads) {
            header.add(head.head());
            // 行次 right-aligned like the figures; a key that is not a number (a later 类 code of 01) stays left
            numeric.add(head.part() == Layout.RowHead.Part.KEY
                    && table.rows().stream().allMatch(r -> r.key().matches("\\d+")));
        }
        header.addAll(table.columns());
        numeric.addAll(numericColumns(table));
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, String> headings = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            table.layout().sectionBefore(row.key()).ifPresent(h -> headings.put(rows.size(), h));
            List<String> cells = new ArrayList<>();
            for (Layout.RowHead head : heads) {
                cells.add(switch (head.part()) {
                    case KEY -> row.key();
                    case CODE -> row.code() == null || row.code().isEmpty() ? row.name() : row.code();
                    case NAME -> coded && (row.code() == null || row.code().isEmpty()) ? "" : row.name();
                });
            }
            cells.addAll(cells(table, row, unit, grouped));
            rows.add(cells);
        }
        return new Grid(header, numeric, rows, headings);
    }

    private static List<Boolean> numericColumns(TableView table) {
        return table.columns().stream()
                .map(column -> table.rows().stream().allMatch(r -> CellText.numeric(r.cell(column)))).toList();
    }

    private static List<String> cells(TableView table, TableRow row, MoneyUnit unit, boolean grouped) {
        return table.columns().stream().map(column -> CellText.of(row.cell(column), table, unit, grouped)).toList();
    }

    private static List<String> text(TableView table, MoneyUnit unit) {
        List<String> lines = new ArrayList<>(header(table, unit));
        lines.add("");
        lines.addAll(TextRenderer.lines(printedGrid(table, unit, true)));
        table.notes().forEach(lines::add);
        return lines;
    }

    private static List<String> markdown(TableView table, MoneyUnit unit) {
        List<String> lines = new ArrayList<>();
        List<String> header = header(table, unit);
        lines.add("**" + header.get(0) + "**");
        lines.add("");
        for (String line : header.subList(1, header.size())) {
            lines.add(line);
            lines.add("");
        }
        lines.addAll(MarkdownRenderer.lines(printedGrid(table, unit, false)));
        for (String note : table.notes()) {
            lines.add("");
            lines.add(note);
        }
        return lines;
    }

    private static String json(TableView table, MoneyUnit unit) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("table", table.id());
        root.put("title", table.title());
        root.put("unit", table.ledger().unit().value());
        root.put("unitName", table.unitName());
        root.put("year", table.ledger().year().value());
        root.put("amountUnit", amountUnit(table, unit));
        root.put("header", header(table, unit));
        root.put("columns", table.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        String section = null;
        for (TableRow row : table.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", row.key());
            r.put("code", row.code());
            r.put("name", row.name());
            section = table.layout().sectionBefore(row.key()).orElse(section);
            if (section != null) {
                r.put("section", section);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : table.columns()) {
                values.put(column, CellText.json(row.cell(column), table, unit));
            }
            r.put("values", values);
            rows.add(r);
        }
        root.put("rows", rows);
        root.put("notes", table.notes());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("table " + table.id() + " cannot be written as JSON", e);
        }
    }

    private static String amountUnit(TableView table, MoneyUnit unit) {
        return unit == MoneyUnit.YUAN ? MoneyUnit.YUAN.label() : table.amountUnit();
    }
}
