package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a journal file (README "Journal format": CSV as Excel writes it, or JSON Lines) into commands, collecting
 * every problem of every line rather than stopping at the first, so an officer can fix a file in one go.
 * Stateless and thread-safe.
 */
public final class JournalReader {

    /** Reads a {@code .csv}, {@code .jsonl} or {@code .ndjson} file in UTF-8; the source named in entries and problems is its file name. */
    public Journal read(Path file) throws IOException {
        return read(file, StandardCharsets.UTF_8);
    }

    /**
     * The same for a file in the encoding its user names (GBK for a plain "CSV" of an older Chinese Excel); UTF-8 may
     * carry Excel's BOM. A byte that is not of that encoding is the file's problem, with its line.
     */
    public Journal read(Path file, Charset encoding) throws IOException {
        String source = file.getFileName().toString();
        Optional<JournalFormat> format = JournalFormat.ofFileName(source);
        if (format.isEmpty()) {
            return failed(source, new EntryProblem(source, 0, null, null,
                    "a journal file name ends in .csv, .jsonl or .ndjson (save from Excel as \"CSV UTF-8\")"));
        }
        return read(source, Files.readAllBytes(file), format.get(), encoding);
    }

    public Journal read(String source, byte[] content, JournalFormat format) {
        return read(source, content, format, StandardCharsets.UTF_8);
    }

    public Journal read(String source, byte[] content, JournalFormat format, Charset encoding) {
        JournalText.Decoded decoded = JournalText.decode(source, content, encoding);
        if (decoded.failure().isPresent()) {
            return failed(source, decoded.failure().get());
        }
        List<EntryProblem> problems = new ArrayList<>();
        List<UnreadLine> unread = new ArrayList<>();
        List<RawLine> raw;
        int linesRead;
        if (format == JournalFormat.CSV) {
            CsvJournalParser parser = new CsvJournalParser(source, problems);
            raw = parser.parse(decoded.text());
            linesRead = parser.linesRead();
            unread.addAll(parser.unread());
        } else {
            JsonLinesJournalParser parser = new JsonLinesJournalParser(source, problems);
            raw = parser.parse(decoded.text());
            linesRead = parser.linesRead();
            unread.addAll(parser.unread());
        }
        LineInterpreter interpreter = new LineInterpreter(problems, unread);
        List<Interpreted> lines = new ArrayList<>(raw.size());
        for (RawLine line : raw) {
            interpreter.interpret(line).ifPresent(lines::add);
        }
        JournalAssembler.Assembled assembled = new JournalAssembler(problems, unread).assemble(lines);
        problems.sort(Comparator.comparingLong(EntryProblem::line));
        return new Journal(source, linesRead, assembled.codes(), assembled.entries(), problems, unread);
    }

    private static Journal failed(String source, EntryProblem problem) {
        return new Journal(source, 0, List.of(), List.of(), List.of(problem));
    }
}
