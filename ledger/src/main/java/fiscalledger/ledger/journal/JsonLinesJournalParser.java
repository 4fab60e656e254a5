package fiscalledger.ledger.journal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fiscalledger.ledger.api.command.EntryProblem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits JSON Lines text (one object per line, keys as the CSV header) into {@link RawLine}s. Numbers are read as
 * exact decimals, so an amount written as the JSON number 0.1 stays 0.1 yuan.
 */
final class JsonLinesJournalParser {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private final List<EntryProblem> problems;
    private final List<UnreadLine> unread = new ArrayList<>();
    private int linesRead;

    JsonLinesJournalParser(String source, List<EntryProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Data lines seen (not the header, not blank lines), including those too broken to interpret. */
    int linesRead() {
        return linesRead;
    }

    /** What the lines that are no usable JSON object still tell (see {@link UnreadLine}). */
    List<UnreadLine> unread() {
        return unread;
    }

    List<RawLine> parse(String text) {
        LineIndex lines = new LineIndex(text);
        List<RawLine> result = new ArrayList<>();
        for (int number = 1; number <= lines.lineCount(); number++) {
            String line = lines.line(number);
            if (!line.isBlank()) {
                linesRead++;
                toRawLine(line, number).ifPresent(result::add);
            }
        }
        if (result.isEmpty() && problems.isEmpty()) {
            problems.add(new EntryProblem(source, 1, null, null, "the file has no entries"));
        }
        return result;
    }

    private Optional<RawLine> toRawLine(String text, long line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            problems.add(new EntryProblem(source, line, null, null,
                    "this line is not a JSON object: " + e.getOriginalMessage()));
            unread.add(UnreadLine.unknown(line));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add(new EntryProblem(source, line, null, null,
                    "each line must be one JSON object such as {\"type\":\"expense\",…}"));
            unread.add(UnreadLine.unknown(line));
            return Optional.empty();
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        boolean complete = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Optional<Column> column = Column.ofHeader(field.getKey());
            if (column.isEmpty()) {
                problems.add(new EntryProblem(source, line, null, field.getKey(), "unknown key '" + field.getKey()
                        + "'; the keys are the column names of README \"Journal format\" (e.g. amount or 金额)"));
                complete = false;
                continue;
            }
            if (names.containsKey(column.get())) {
                problems.add(new EntryProblem(source, line, null, field.getKey(), "'" + field.getKey()
                        + "' and '" + names.get(column.get()) + "' are the same field; keep one of them"));
                complete = false;
                continue;
            }
            names.put(column.get(), field.getKey());
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                problems.add(new EntryProblem(source, line, null, field.getKey(),
                        "must be a text or a number, not a JSON " + (value.isArray() ? "array" : "object")));
                complete = false;
            } else if (!value.isNull()) {
                String textValue = value.isNumber() ? value.decimalValue().toPlainString() : value.asText().strip();
                if (!textValue.isEmpty()) {
                    values.put(column.get(), textValue);
                }
            }
        }
        RawLine raw = new RawLine(source, line, values, names);
        if (!complete) {
            unread.add(UnreadLine.of(raw));
            return Optional.empty();
        }
        return Optional.of(raw);
    }
}
