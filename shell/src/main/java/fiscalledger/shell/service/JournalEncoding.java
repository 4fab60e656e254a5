package fiscalledger.shell.service;

import fiscalledger.shell.command.CommandFailure;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A journal file in the encoding its user names (`import FILE --encoding GBK`), turned into the UTF-8 the journal
 * reader takes. Decoding is strict: a byte sequence that is not of the named encoding is an error with its line,
 * never a replacement character inside a project name.
 */
final class JournalEncoding {

    private JournalEncoding() {
    }

    static byte[] toUtf8(String source, byte[] bytes, Charset encoding) {
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, text, true);
        if (result.isError()) {
            int at = in.position();
            throw new CommandFailure(String.format("%s:%d: the file is not %s text (byte 0x%02X at byte %d is not %s);"
                    + " nothing was recorded. Import it without --encoding if it is UTF-8 (\"CSV UTF-8\")", source,
                    lineOf(bytes, at), encoding.name(), bytes[at] & 0xFF, at + 1, encoding.name()));
        }
        decoder.flush(text);
        text.flip();
        try {
            ByteBuffer utf8 = StandardCharsets.UTF_8.newEncoder().encode(text);
            byte[] out = new byte[utf8.remaining()];
            utf8.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("decoded text is always encodable as UTF-8", e);
        }
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
