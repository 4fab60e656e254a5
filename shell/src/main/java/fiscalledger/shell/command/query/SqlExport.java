package fiscalledger.shell.command.query;

import com.fasterxml.jackson.core.JsonGenerator;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OutputFile;
import fiscalledger.shell.render.CsvRenderer;
import fiscalledger.shell.render.DisplayWidth;
import fiscalledger.shell.render.GridRenderer;
import fiscalledger.shell.render.MarkdownRenderer;
import fiscalledger.shell.render.OutputFormat;
import fiscalledger.shell.render.TextRenderer;
import fiscalledger.shell.service.QueryRows;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * `sql --out FILE`: every row of a query, however many, written as the database hands them over, in the format the
 * screen would show. CSV and JSON go straight to the file; text and Markdown align their columns over all rows, so
 * the rows are first spooled to a file beside it. The output is written to a temporary file beside FILE and moved
 * into place only once the query has run to its end: a query that fails midway leaves FILE as it was.
 */
final class SqlExport {

    private SqlExport() {
    }

    /** Runs {@code query} with a receiver of its rows and writes them to {@code file}; returns the number of rows. */
    static long write(Path file, OutputFormat format, ToLongFunction<QueryRows> query) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        try {
            return OutputFile.write(target, out -> switch (format) {
                case CSV -> csv(out, query);
                case JSON -> json(out, query);
                case TEXT, MD -> aligned(out, format, query, dir, target);
            });
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CommandFailure("cannot write " + file + ": " + e.getCause().getMessage());
        }
    }

    private static long csv(Writer out, ToLongFunction<QueryRows> query) {
        return query.applyAsLong(new QueryRows() {
            @Override
            public void columns(List<String> labels) {
                line(out, CsvRenderer.line(labels));
            }

            @Override
            public void row(List<String> values) {
                line(out, CsvRenderer.line(blank(values)));
            }
        });
    }

    /** The array of objects keyed by column that the screen shows, an object at a time. */
    private static long json(Writer out, ToLongFunction<QueryRows> query) throws IOException {
        JsonGenerator generator = GridRenderer.jsonWriter().createGenerator(out);
        generator.writeStartArray();
        long rows = query.applyAsLong(new QueryRows() {
            private List<String> columns;
            private List<Boolean> numbers;

            @Override
            public void columns(List<String> labels) {
                columns(labels, java.util.Collections.nCopies(labels.size(), false));
            }

            @Override
            public void columns(List<String> labels, List<Boolean> numbers) {
                this.columns = labels;
                this.numbers = numbers;
            }

            @Override
            public void row(List<String> values) {
                try {
                    GridRenderer.writeObject(generator, columns, values, numbers);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        generator.writeEndArray();
        generator.flush();
        line(out, "");
        return rows;
    }

    /** Text and Markdown: the rows to a spool file while the widths and alignments are found, then the lines. */
    private static long aligned(Writer out, OutputFormat format, ToLongFunction<QueryRows> query, Path dir,
                                Path target) throws IOException {
        Path spool = Files.createTempFile(dir, "." + target.getFileName() + ".", ".rows");
        try {
            Layout layout = new Layout();
            try (DataOutputStream rows = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool)))) {
                query.applyAsLong(new QueryRows() {
                    @Override
                    public void columns(List<String> labels) {
                        layout.columns(labels);
                    }

                    @Override
                    public void row(List<String> values) {
                        layout.add(values);
                        try {
                            for (String cell : blank(values)) {
                                byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                                rows.writeInt(bytes.length);
                                rows.write(bytes);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
            List<Boolean> numeric = layout.numeric();
            boolean text = format == OutputFormat.TEXT;
            line(out, text ? TextRenderer.line(layout.header, layout.widths, numeric) : MarkdownRenderer.row(layout.header));
            line(out, text ? TextRenderer.rule(layout.widths) : MarkdownRenderer.rule(numeric));
            try (DataInputStream rows = new DataInputStream(new BufferedInputStream(Files.newInputStream(spool)))) {
                List<String> cells = new ArrayList<>(layout.header.size());
                for (long r = 0; r < layout.rows; r++) {
                    cells.clear();
                    for (int c = 0; c < layout.header.size(); c++) {
                        cells.add(new String(rows.readNBytes(rows.readInt()), StandardCharsets.UTF_8));
                    }
                    line(out, text ? TextRenderer.line(cells, layout.widths, numeric) : MarkdownRenderer.row(cells));
                }
            }
            return layout.rows;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** What aligning needs of all rows: each column's widest cell and whether all its values are numbers. */
    private static final class Layout {
        private List<String> header = List.of();
        private int[] widths = new int[0];
        private boolean[] numbers = new boolean[0];
        private long rows;

        void columns(List<String> labels) {
            header = List.copyOf(labels);
            widths = labels.stream().mapToInt(DisplayWidth::of).toArray();
            numbers = new boolean[labels.size()];
            Arrays.fill(numbers, true);
        }

        void add(List<String> values) {
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                widths[c] = Math.max(widths[c], DisplayWidth.of(v == null ? "" : v));
                numbers[c] &= SqlCommand.isNumber(v);
            }
            rows++;
        }

        /** As on the screen: a column of numbers (or NULL) is right-aligned, a column of no row is not. */
        List<Boolean> numeric() {
            List<Boolean> numeric = new ArrayList<>(numbers.length);
            for (boolean n : numbers) {
                numeric.add(rows > 0 && n);
            }
            return numeric;
        }
    }

    private static List<String> blank(List<String> values) {
        return values.stream().map(v -> v == null ? "" : v).toList();
    }

    private static void line(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
