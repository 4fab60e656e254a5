package fiscalledger.shell.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a plain grid (an SQL result) in any output format; JSON is an array of objects keyed by column. */
public final class GridRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GridRenderer() {
    }

    public static List<String> render(Grid grid, OutputFormat format) {
        return switch (format) {
            case TEXT -> TextRenderer.lines(grid);
            case CSV -> CsvRenderer.lines(grid);
            case MD -> MarkdownRenderer.lines(grid);
            case JSON -> List.of(json(grid));
        };
    }

    /** The JSON settings of this renderer, for output written a row at a time that must read the same. */
    public static com.fasterxml.jackson.databind.ObjectWriter jsonWriter() {
        return JSON.writer();
    }

    private static String json(Grid grid) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            Map<String, String> r = new LinkedHashMap<>();
            for (int c = 0; c < grid.header().size(); c++) {
                r.put(grid.header().get(c), row.get(c));
            }
            rows.add(r);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("query result cannot be written as JSON", e);
        }
    }
}
