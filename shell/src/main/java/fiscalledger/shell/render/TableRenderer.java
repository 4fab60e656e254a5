package fiscalledger.shell.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a public table in one of the output formats. Every format has the same rows and columns in the same order:
 * the row's key (行次 or 科目代码, as in the publication), its name, then the table's columns as printed.
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

    public static String heading(TableView table) {
        String title = table.title();
        if (!title.startsWith("公开") && table.id().matches("\\d{2}")) {
            title = "公开" + table.id() + "表 " + title;
        }
        return title;
    }

    public static String subheading(TableView table, MoneyUnit unit) {
        return "编制单位：" + table.unitName() + "（" + table.ledger().unit() + "）  " + table.ledger().year() + "年度  "
                + "金额单位：" + amountUnit(table, unit);
    }

    static Grid grid(TableView table, MoneyUnit unit, boolean grouped) {
        List<String> header = new ArrayList<>(List.of(KEY_HEADER, NAME_HEADER));
        header.addAll(table.columns());
        List<Boolean> numeric = new ArrayList<>(List.of(false, false));
        for (String column : table.columns()) {
            numeric.add(table.rows().stream().allMatch(r -> CellText.numeric(r.cell(column))));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.key(), row.name()));
            for (String column : table.columns()) {
                cells.add(CellText.of(row.cell(column), table.moneyDecimals(), unit, grouped));
            }
            rows.add(cells);
        }
        return new Grid(header, numeric, rows);
    }

    private static List<String> text(TableView table, MoneyUnit unit) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(table));
        lines.add(subheading(table, unit));
        lines.add("");
        lines.addAll(TextRenderer.lines(grid(table, unit, true)));
        table.notes().forEach(lines::add);
        return lines;
    }

    private static List<String> markdown(TableView table, MoneyUnit unit) {
        List<String> lines = new ArrayList<>();
        lines.add("**" + heading(table) + "**");
        lines.add("");
        lines.add(subheading(table, unit));
        lines.add("");
        lines.addAll(MarkdownRenderer.lines(grid(table, unit, false)));
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
        root.put("columns", table.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", row.key());
            r.put("code", row.code());
            r.put("name", row.name());
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : table.columns()) {
                values.put(column, CellText.json(row.cell(column), table.moneyDecimals(), unit));
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
