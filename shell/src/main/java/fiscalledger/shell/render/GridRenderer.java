package fiscalledger.shell.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Prints a plain grid (an SQL result) in any output format; JSON is an array of objects keyed by column. */
public final class GridRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** What JSON accepts as a number as it stands (a DOUBLE's NaN or Infinity does not, and stays a string). */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private GridRenderer() {
    }

    public static List<String> render(Grid grid, OutputFormat format) {
        return switch (format) {
            case TEXT -> TextRenderer.lines(grid);
            case CSV -> CsvRenderer.lines(grid);
            case MD -> MarkdownRenderer.lines(grid);
            case JSON -> List.of(json(grid.header(), emptyNumbersAsNull(grid), grid.numeric()));
        };
    }

    /**
     * The grid's rows with an empty cell of a number column (sequence, amount, count) as null, so that its JSON holds
     * numbers and nulls as `sql`'s does, not the strings the screen prints.
     */
    private static List<List<String>> emptyNumbersAsNull(Grid grid) {
        List<List<String>> rows = new java.util.ArrayList<>(grid.rows().size());
        for (List<String> row : grid.rows()) {
            List<String> values = new java.util.ArrayList<>(row);
            for (int c = 0; c < values.size(); c++) {
                if (grid.numeric().get(c) && values.get(c).isEmpty()) {
                    values.set(c, null);
                }
            }
            rows.add(values);
        }
        return rows;
    }

    /** The JSON settings of this renderer, for output written a row at a time that must read the same. */
    public static com.fasterxml.jackson.databind.ObjectWriter jsonWriter() {
        return JSON.writer();
    }

    /**
     * Rows as a JSON array of objects keyed by column: a column of {@code numbers} holds JSON numbers written as
     * printed, exact (null for SQL NULL); every other value is a string ("" for NULL).
     */
    public static String json(List<String> header, List<List<String>> rows, List<Boolean> numbers) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.writer().createGenerator(out)) {
            generator.writeStartArray();
            for (List<String> row : rows) {
                writeObject(generator, header, row, numbers);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("query result cannot be written as JSON", e);
        }
        return out.toString();
    }

    /** One row as a JSON object, as {@link #json} writes it; for output written a row at a time. */
    public static void writeObject(JsonGenerator generator, List<String> header, List<String> values,
                                   List<Boolean> numbers) throws IOException {
        // a map as on the screen: of two columns of one label the later value shows, in the first's place
        Map<String, Integer> fields = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            fields.put(header.get(c), c);
        }
        generator.writeStartObject();
        for (Map.Entry<String, Integer> field : fields.entrySet()) {
            String value = values.get(field.getValue());
            generator.writeFieldName(field.getKey());
            if (!numbers.get(field.getValue())) {
                generator.writeString(value == null ? "" : value);
            } else if (value == null) {
                generator.writeNull();
            } else if (JSON_NUMBER.matcher(value).matches()) {
                // as printed, never through a double: an amount in fen stays exact however large
                generator.writeNumber(value);
            } else {
                generator.writeString(value);
            }
        }
        generator.writeEndObject();
    }
}
