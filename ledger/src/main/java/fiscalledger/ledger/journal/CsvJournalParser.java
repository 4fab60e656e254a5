package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits CSV text (Excel dialect: comma, double-quote quoting, CRLF) into {@link RawLine}s. Structural problems
 * (unknown or repeated columns, a line with the wrong number of cells, an unclosed quote) are collected; the
 * meaning of each cell is {@link LineInterpreter}'s job.
 */
final class CsvJournalParser {
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder()
            .setIgnoreEmptyLines(false) // keeps every record's start offset exact; blank records are skipped below
            .setIgnoreSurroundingSpaces(false)
            .get();

    private final String source;
    private final List<EntryProblem> problems;
    private final List<UnreadLine> unread = new ArrayList<>();
    private int linesRead;

    CsvJournalParser(String source, List<EntryProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Data lines seen (not the header, not blank lines), including those too broken to interpret. */
    int linesRead() {
        return linesRead;
    }

    /** What the lines that did not split into cells still tell (see {@link UnreadLine}). */
    List<UnreadLine> unread() {
        return unread;
    }

    List<RawLine> parse(String text) {
        List<RawLine> result = new ArrayList<>();
        long nextLine = 1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Header header = null;
            for (CSVRecord record : parser) {
                // a record starts on the line after the last line end the parser consumed (CRLF, LF or CR, also
                // inside quoted cells), which an editor shows; counting them again over the text cost a tenth of parsing
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = readHeader(record, line);
                    if (header == null) {
                        return List.of();
                    }
                    continue;
                }
                linesRead++;
                toRawLine(header, record, line).ifPresent(result::add);
            }
            if (header == null) {
                problems.add(new EntryProblem(source, 1, null, null,
                        "the file is empty; a journal starts with a header row (type,unit,year,… or 类型,单位编码,年度,…)"));
            } else if (linesRead == 0) {
                problems.add(new EntryProblem(source, 2, null, null, "the file has a header but no entries"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // the CSV parser cannot resynchronise after a broken quote: report where it stopped understanding
            unread.add(UnreadLine.unknown(nextLine));
            problems.add(new EntryProblem(source, nextLine, null, null,
                    "the CSV structure is broken from this line on (" + rootMessage(e) + "); usually a cell opens a "
                            + "double quote \" that is never closed. Nothing after this line could be checked."));
        }
        return result;
    }

    private Header readHeader(CSVRecord record, long line) {
        List<Column> columns = new ArrayList<>();
        List<Boolean> unnamed = new ArrayList<>();
        Map<Column, String> names = new EnumMap<>(Column.class);
        List<EntryProblem> headerProblems = new ArrayList<>();
        int known = 0;
        for (int i = 0; i < record.size(); i++) {
            String name = CellText.unguard(record.get(i));
            Optional<Column> column = name.isEmpty() ? Optional.empty() : Column.ofHeader(name);
            if (column.isPresent() && names.containsKey(column.get())) {
                headerProblems.add(new EntryProblem(source, line, null, name, "column '" + name
                        + "' appears twice (as '" + names.get(column.get()) + "' too); keep one of them"));
                column = Optional.empty();
            } else if (column.isPresent()) {
                names.put(column.get(), name);
                known++;
            } else if (!name.isEmpty()) {
                headerProblems.add(new EntryProblem(source, line, null, name, "unknown column '" + name
                        + "'; the columns are those of README \"Journal format\" (e.g. amount or 金额); remove or rename it"));
            }
            columns.add(column.orElse(null));
            unnamed.add(name.isEmpty());
        }
        if (known == 0) {
            problems.add(new EntryProblem(source, line, null, null, "the first row must be the header "
                    + "(type,unit,year,voucher,… or 类型,单位编码,年度,凭证号,…) but it is '" + String.join(",", record.toList()) + "'"));
            return null;
        }
        problems.addAll(headerProblems);
        if (!names.containsKey(Column.TYPE)) {
            problems.add(new EntryProblem(source, line, null, null,
                    "the header has no column type (类型); every line needs its line type"));
            return null;
        }
        return new Header(columns, names, unnamed);
    }

    private Optional<RawLine> toRawLine(Header header, CSVRecord record, long line) {
        if (record.size() != header.columns.size() && record.stream().anyMatch(c -> c.contains("\n") || c.contains("\r"))) {
            problems.add(new EntryProblem(source, line, null, null, "a cell of this line opens a double quote \" that"
                    + " is not closed before the line ends, so the following lines were read into it; close the"
                    + " quote or remove it"));
            unread.add(UnreadLine.unknown(line)); // the lines read into the cell may be any lines
            return Optional.empty();
        }
        if (record.size() != header.columns.size()) {
            problems.add(new EntryProblem(source, line, null, null, "this line has " + record.size()
                    + " cells but the header has " + header.columns.size()
                    + "; look for a comma inside a cell that is not in double quotes"));
            unread.add(UnreadLine.of(byPosition(header, record, line)));
            return Optional.empty();
        }
        Map<Column, String> values = new EnumMap<>(Column.class);
        boolean complete = true;
        for (int i = 0; i < record.size(); i++) {
            String value = CellText.unguard(record.get(i));
            if (value.isEmpty()) {
                continue;
            }
            Column column = header.columns.get(i);
            if (column != null) {
                values.put(column, value);
            } else if (header.unnamed.get(i)) {
                problems.add(new EntryProblem(source, line, null, null, "cell " + (i + 1) + " ('" + value
                        + "') is under a column without a name; give the column a header or empty the cell"));
                complete = false;
            }
        }
        RawLine raw = new RawLine(source, line, values, header.names);
        if (!complete) {
            unread.add(UnreadLine.of(raw));
            return Optional.empty();
        }
        return Optional.of(raw);
    }

    /**
     * The cells of a line with too many or too few cells under the columns their position gives them: right up to
     * the stray comma (usually in a memo or a name, after the type, unit, year and voucher), a guess after it.
     */
    private RawLine byPosition(Header header, CSVRecord record, long line) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        for (int i = 0; i < Math.min(record.size(), header.columns.size()); i++) {
            String value = CellText.unguard(record.get(i));
            Column column = header.columns.get(i);
            if (column != null && !value.isEmpty()) {
                values.put(column, value);
            }
        }
        return new RawLine(source, line, values, header.names);
    }

    /** By index: iterating a record copies its values into a list through a stream, for every line of the file. */
    private static boolean isBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Columns by position (null where unknown or unnamed); values under an unknown column were reported once, at the header. */
    private record Header(List<Column> columns, Map<Column, String> names, List<Boolean> unnamed) {
    }
}
