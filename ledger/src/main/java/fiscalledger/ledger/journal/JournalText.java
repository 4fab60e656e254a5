package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a journal file's bytes into text, decoded once and strictly in the encoding its user names: UTF-8 (Excel's
 * "CSV UTF-8", with or without its BOM) unless told otherwise, or GBK / GB18030 for a plain "CSV" of an older Chinese
 * Excel. Nothing is guessed: a byte that is not of the named encoding makes the whole file unreadable, with its line,
 * never a replacement character inside a project name. What can be told from the bytes is said, so the officer knows
 * what to do: a GBK file read as UTF-8, a UTF-8 file read as GBK, a file that mixes the two.
 */
final class JournalText {
    private static final String HOW_TO_FIX = "In Excel choose 另存为 (Save As) → \"CSV UTF-8 (逗号分隔)(*.csv)\" and import that file.";
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** How much of a line the garbled-reading example shows. */
    private static final int SAMPLE_CHARS = 24;

    private JournalText() {
    }

    /** The text, or the one problem that makes the whole file unreadable. */
    static Decoded decode(String source, byte[] bytes, Charset encoding) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return Decoded.failed(new EntryProblem(source, 1, null, null,
                    "the file is UTF-16 (Excel's \"Unicode Text\"), not " + encoding.name() + ". " + howToFix(encoding)));
        }
        boolean utf8Bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int body = utf8Bom ? 3 : 0;
        if (encoding.equals(StandardCharsets.UTF_8)) {
            Attempt utf8 = Attempt.of(bytes, body, StandardCharsets.UTF_8);
            return utf8.failed() ? Decoded.failed(notUtf8(source, bytes, body, utf8.badAt())) : Decoded.of(utf8.text());
        }
        if (utf8Bom) {
            return Decoded.failed(utf8BomUnder(source, bytes, encoding));
        }
        Attempt named = Attempt.of(bytes, 0, encoding);
        if (named.failed()) {
            return Decoded.failed(notNamed(source, bytes, encoding, named.badAt()));
        }
        int firstNonAscii = firstNonAscii(bytes);
        // a real GBK file stops being UTF-8 at its first Chinese byte: only a file that is UTF-8 through to its end is
        // decoded as such (for the message); an ASCII beginning is UTF-8 whatever follows, so probing starts after it
        if (firstNonAscii >= 0 && Attempt.firstBad(bytes, firstNonAscii, StandardCharsets.UTF_8) < 0) {
            Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
            return Decoded.failed(utf8ReadAs(source, bytes, encoding, firstNonAscii, named.text(), utf8.text()));
        }
        return Decoded.of(named.text());
    }

    /** The default: what the bytes are instead, when that can be told, and what to do about it. */
    private static EntryProblem notUtf8(String source, byte[] bytes, int body, int at) {
        String head = String.format("the file is not UTF-8 text (byte 0x%02X at position %d is not valid UTF-8); ",
                bytes[at] & 0xFF, at + 1);
        long line = lineOfByte(bytes, at);
        String why;
        if (body > 0) {
            why = "yet it begins with the byte-order mark of UTF-8, so the file mixes encodings. " + HOW_TO_FIX;
        } else if (firstNonAscii(bytes) < startOfLine(bytes, at)) {
            why = "the lines before it are UTF-8, so the file mixes encodings (lines pasted from a GBK file?). " + HOW_TO_FIX;
        } else if (Attempt.isText(bytes, GBK)) {
            why = "it reads as GBK, as a plain \"CSV\" from an older Chinese Excel does: import it as it is with"
                    + " `import FILE --encoding GBK`, or " + lowerFirst(HOW_TO_FIX);
        } else if (Attempt.isText(bytes, GB18030)) {
            why = "it reads as GB18030: import it as it is with `import FILE --encoding GB18030`, or " + lowerFirst(HOW_TO_FIX);
        } else {
            why = "nor is it GBK: the file may be damaged or in another encoding. " + HOW_TO_FIX;
        }
        return new EntryProblem(source, line, null, null, head + why);
    }

    private static EntryProblem utf8BomUnder(String source, byte[] bytes, Charset encoding) {
        Attempt utf8 = Attempt.of(bytes, 3, StandardCharsets.UTF_8);
        if (utf8.failed()) {
            return new EntryProblem(source, lineOfByte(bytes, utf8.badAt()), null, null, String.format(
                    "the file begins with the byte-order mark of UTF-8 (Excel's \"CSV UTF-8\") but byte 0x%02X at"
                            + " position %d is not valid UTF-8, so the file mixes encodings. %s",
                    bytes[utf8.badAt()] & 0xFF, utf8.badAt() + 1, howToFix(encoding)));
        }
        return new EntryProblem(source, 1, null, null, "the file begins with the byte-order mark of UTF-8 (Excel's"
                + " \"CSV UTF-8\"): it is UTF-8 text, not " + encoding.name() + "; import it without --encoding");
    }

    private static EntryProblem notNamed(String source, byte[] bytes, Charset encoding, int at) {
        String name = encoding.name();
        String head = String.format("the file is not %s text (byte 0x%02X at position %d is not valid %s); ",
                name, bytes[at] & 0xFF, at + 1, name);
        String why;
        if (Attempt.isText(bytes, StandardCharsets.UTF_8)) {
            why = "it reads as UTF-8 (Excel's \"CSV UTF-8\"): import it without --encoding";
        } else if (encoding.equals(GBK) && Attempt.isText(bytes, GB18030)) {
            why = "it reads as GB18030, which has characters GBK lacks: import it with --encoding GB18030";
        } else {
            why = "nor is it UTF-8: the file may be damaged or mix encodings. " + howToFix(encoding);
        }
        return new EntryProblem(source, lineOfByte(bytes, at), null, null, head + why);
    }

    /**
     * Chinese text in UTF-8 often is valid GBK too, as other characters: read so, it would be recorded garbled.
     * A real GBK file is all but never valid UTF-8, so valid UTF-8 with Chinese in it is refused, showing the first
     * cell with Chinese in it both ways.
     */
    private static EntryProblem utf8ReadAs(String source, byte[] bytes, Charset encoding, int firstNonAscii,
                                          String asNamed, String asUtf8) {
        long line = lineOfByte(bytes, firstNonAscii);
        // the line up to that byte is ASCII, so it is as many characters long in both readings
        int column = firstNonAscii - startOfLine(bytes, firstNonAscii);
        return new EntryProblem(source, line, null, null, String.format(
                "the file is UTF-8 text (Excel's \"CSV UTF-8\"), not %s: read as %s, \"%s\" on this line would be"
                        + " recorded as \"%s\"; import it without --encoding",
                encoding.name(), encoding.name(), cell(asUtf8, line, column), cell(asNamed, line, column)));
    }

    /** The cell around a column of a line (commas are never part of a GBK or UTF-8 multi-byte character). */
    private static String cell(String text, long line, int column) {
        int start = 0;
        for (long l = 1; l < line; l++) {
            start = text.indexOf('\n', start) + 1;
        }
        int from = text.lastIndexOf(',', start + column) + 1;
        from = Math.max(from, start);
        int to = from;
        while (to < text.length() && text.charAt(to) != ',' && text.charAt(to) != '\r' && text.charAt(to) != '\n') {
            to++;
        }
        String cell = text.substring(from, to);
        return cell.codePointCount(0, cell.length()) <= SAMPLE_CHARS ? cell
                : cell.substring(0, cell.offsetByCodePoints(0, SAMPLE_CHARS)) + "…";
    }

    private static String howToFix(Charset named) {
        return named.equals(StandardCharsets.UTF_8) ? HOW_TO_FIX
                : HOW_TO_FIX.substring(0, HOW_TO_FIX.length() - 1) + " without --encoding.";
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static int firstNonAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static int startOfLine(byte[] bytes, int offset) {
        int i = offset;
        while (i > 0 && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static long lineOfByte(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One strict decoding of the bytes from {@code from}: the text, or where the first bad byte is. */
    private record Attempt(String text, int badAt) {
        static Attempt of(byte[] bytes, int from, Charset encoding) {
            CharsetDecoder decoder = strict(encoding);
            ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
            CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                return new Attempt(null, in.position());
            }
            out.flip();
            String text = out.toString();
            // GB18030 has a byte-order mark too (84 31 95 33): not part of the first cell. Only one is taken off, so
            // a second one (or one after UTF-8's, skipped as bytes) is still reported where it stands.
            return new Attempt(from == 0 && text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
        }

        boolean failed() {
            return badAt >= 0;
        }

        /** The text a probe decodes into, again and again: what it keeps of a file, whatever the file's size. */
        private static final int PROBE_CHARS = 8192;

        /** Whether the whole file is text of the encoding (without keeping the text). */
        static boolean isText(byte[] bytes, Charset encoding) {
            return firstBad(bytes, 0, encoding) < 0;
        }

        /**
         * Where the first byte from {@code from} that is not of the encoding stands, or -1 when there is none: the
         * position {@link #of} reports, found through a small buffer whose text is dropped as it fills, so a file
         * that fails at its first Chinese byte costs only the reading up to it.
         */
        static int firstBad(byte[] bytes, int from, Charset encoding) {
            CharsetDecoder decoder = strict(encoding);
            ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
            CharBuffer out = CharBuffer.allocate(PROBE_CHARS);
            CoderResult result;
            while ((result = decoder.decode(in, out, true)).isOverflow()) {
                out.clear();
            }
            if (result.isError()) {
                return in.position();
            }
            while ((result = decoder.flush(out)).isOverflow()) {
                out.clear();
            }
            return result.isError() ? in.position() : -1;
        }

        private static CharsetDecoder strict(Charset encoding) {
            return encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    record Decoded(String text, EntryProblem problem) {
        static Decoded of(String text) {
            return new Decoded(text, null);
        }

        static Decoded failed(EntryProblem problem) {
            return new Decoded(null, problem);
        }

        Optional<EntryProblem> failure() {
            return Optional.ofNullable(problem);
        }
    }
}
