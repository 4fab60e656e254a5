package fiscalledger.shell.service;

import fiscalledger.shell.command.CommandFailure;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `import FILE --encoding GBK`: the named encoding is decoded strictly into the UTF-8 the journal reader takes. */
class JournalEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aGbkFileBecomesTheSameTextInUtf8() {
        String text = "类型,单位编码,摘要\r\n支出,229002,办公用品（3月）\r\n";
        assertThat(new String(JournalEncoding.toUtf8("march.csv", text.getBytes(GBK), GBK), StandardCharsets.UTF_8))
                .isEqualTo(text);
    }

    @Test
    void aByteThatIsNotGbkIsAnErrorWithItsLineNotAGuess() {
        byte[] good = "类型,摘要\n支出,办公\n".getBytes(GBK);
        byte[] broken = new byte[good.length + 2];
        System.arraycopy(good, 0, broken, 0, good.length);
        // a GBK lead byte followed by a byte that can never complete it
        broken[good.length] = (byte) 0x81;
        broken[good.length + 1] = (byte) 0x7F;
        assertThatThrownBy(() -> JournalEncoding.toUtf8("march.csv", broken, GBK))
                .isInstanceOf(CommandFailure.class)
                .hasMessageStartingWith("march.csv:3: the file is not GBK text")
                .hasMessageContaining("nothing was recorded");
    }
}
