package fiscalledger.ledger.journal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlainCsv} must read exactly the rows Commons CSV reads (cells and starting lines) for every text it accepts,
 * and leave every text whose quotes it does not handle to Commons CSV.
 */
class PlainCsvTest {
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder()
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(false).get();

    @Test
    void readsTheSameRowsAsCommonsCsvOnRandomText() {
        // few characters, so that quotes, commas, line ends and their combinations are frequent
        char[] alphabet = {'a', '中', ' ', ',', ',', '"', '"', '\n', '\r', '\'', '-'};
        Random random = new Random(20261126);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            if (compare(text.toString())) {
                accepted++;
            }
        }
        // the comparison means something only if plenty of texts with quotes were accepted
        assertThat(accepted).isGreaterThan(20_000);
    }

    @Test
    void readsQuotedCellsWithCommasDoubledQuotesAndLineBreaks() {
        String text = "type,memo\r\n\"a,b\",\"say \"\"hi\"\"\"\r\nx,\"two\nlines\"\r\n\r\n\"\",\r\nlast,\"\"";
        assertThat(compare(text)).isTrue();
        List<PlainCsv.Row> rows = PlainCsv.rows(text);
        assertThat(rows).extracting(PlainCsv.Row::line).containsExactly(1L, 2L, 3L, 5L, 6L, 7L);
        assertThat(rows.get(1).cells()).containsExactly("a,b", "say \"hi\"");
        assertThat(rows.get(2).cells()).containsExactly("x", "two\nlines");
        assertThat(rows.get(3).cells()).containsExactly("");
        assertThat(rows.get(4).cells()).containsExactly("", "");
        assertThat(rows.get(5).cells()).containsExactly("last", "");
    }

    @Test
    void leavesQuotesOutsideThePlainGrammarToCommonsCsv() {
        for (String text : new String[]{"a,b\"c", "\"open,b\r\n", "\"a\"b,c", "\"a\" ,c", " \"a\",c", "x,\"never closed"}) {
            assertThat(PlainCsv.rows(text)).as(text).isNull();
        }
    }

    /** True if PlainCsv accepted the text, after checking it read what Commons CSV reads. */
    private static boolean compare(String text) {
        List<PlainCsv.Row> plain = PlainCsv.rows(text);
        if (plain == null) {
            return false;
        }
        LineIndex lines = new LineIndex(text);
        List<String> expected = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                expected.add(lines.lineOf(record.getCharacterPosition()) + ":" + Arrays.toString(record.values()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new AssertionError("PlainCsv accepted text Commons CSV cannot read: " + escape(text), e);
        }
        List<String> actual = plain.stream().map(r -> r.line() + ":" + Arrays.toString(r.cells())).toList();
        assertThat(actual).as(escape(text)).isEqualTo(expected);
        return true;
    }

    private static String escape(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }
}
