package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a journal file's bytes into text. Only UTF-8 is accepted, with or without the BOM Excel writes for
 * "CSV UTF-8": a file saved as plain "CSV" by an older Excel is GBK, and guessing its encoding would risk
 * importing garbled project names, so it is refused with the way to fix it.
 */
final class JournalText {
    private static final String HOW_TO_FIX = "In Excel choose 另存为 (Save As) → \"CSV UTF-8 (逗号分隔)(*.csv)\" and import that file.";
    /** In the shell a GBK file may also be imported as it is, by saying its encoding (nothing is guessed). */
    private static final String OR_SAY_GBK = " Or, if it is GBK, import it as it is with `import FILE --encoding GBK`.";

    private JournalText() {
    }

    /** The text, or the one problem that makes the whole file unreadable. */
    static Decoded decode(String source, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return Decoded.failed(new EntryProblem(source, 1, null, null,
                    "the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8. " + HOW_TO_FIX));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return Decoded.failed(new EntryProblem(source, lineOfByte(bytes, at), null, null,
                    String.format("the file is not UTF-8 text (byte 0x%02X at position %d is not valid UTF-8); "
                            + "it was probably saved as \"CSV\" in GBK by an older Excel. %s%s", bytes[at] & 0xFF, at + 1,
                            HOW_TO_FIX, OR_SAY_GBK)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoded(text, null);
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

    record Decoded(String text, EntryProblem problem) {
        static Decoded failed(EntryProblem problem) {
            return new Decoded(null, problem);
        }

        Optional<EntryProblem> failure() {
            return Optional.ofNullable(problem);
        }
    }
}
