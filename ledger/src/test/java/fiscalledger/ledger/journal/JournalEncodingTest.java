package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal in the encoding its user names (`import FILE --encoding GBK`): decoded once, strictly, by the reader;
 * a byte not of that encoding is the file's problem at its line, and a file plainly of another encoding says so.
 */
class JournalEncodingTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A month of an older Chinese Excel's plain "CSV": Chinese headers and values, CRLF, Excel's dates and amounts. */
    private static final String MARCH = String.join("\r\n",
            "类型,单位编码,年度,凭证号,业务日期,摘要,资金来源,功能科目,经济科目,支出类型,金额",
            "支出,229002,2024,付-001,2024/3/5,办公用品（3月）,一般公共预算,2010301,30201,基本支出-公用经费,\"1,250.00\"",
            "支出,229002,2024,付-002,2024/3/6,差旅费报销,一般公共预算,2010301,30211,基本支出-公用经费,800.00",
            "");

    private final JournalReader reader = new JournalReader();

    @Test
    void aGbkFileReadsAsTheSameJournalAsItsUtf8Copy() {
        Journal gbk = reader.read("march.csv", MARCH.getBytes(GBK), JournalFormat.CSV, GBK);
        Journal utf8 = reader.read("march.csv", MARCH.getBytes(StandardCharsets.UTF_8), JournalFormat.CSV);

        assertThat(gbk.problems()).isEmpty();
        assertThat(commands(gbk)).hasSize(2).isEqualTo(commands(utf8));
        assertThat(commands(gbk).get(0)).isInstanceOfSatisfying(RecordExpenditureCommand.class,
                e -> assertThat(e.memo()).isEqualTo("办公用品（3月）"));
    }

    /** UTF-8 is checked a buffer at a time: a character of four bytes across the buffer's end is read whole. */
    @Test
    void aLongUtf8FileKeepsEveryCharacterWhereverItFalls() {
        StringBuilder csv = new StringBuilder("类型,单位编码,年度,凭证号,业务日期,摘要,资金来源,功能科目,经济科目,支出类型,金额\r\n");
        List<String> memos = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String memo = "办公用品" + "𠀀".repeat(i % 3) + "x".repeat(i % 7) + "😀" + i;
            memos.add(memo);
            csv.append("支出,229002,2024,付-").append(i).append(",2024/3/5,").append(memo)
                    .append(",一般公共预算,2010301,30201,基本支出-公用经费,1.00\r\n");
        }

        Journal journal = reader.read("long.csv", csv.toString().getBytes(StandardCharsets.UTF_8), JournalFormat.CSV);

        assertThat(journal.problems()).isEmpty();
        assertThat(commands(journal)).extracting(c -> ((RecordExpenditureCommand) c).memo()).isEqualTo(memos);
    }

    @Test
    void aGb18030FileKeepsACharacterGbkLacks() {
        String csv = MARCH.replace("差旅费报销", "𠀀字号印章");

        Journal journal = reader.read("march.csv", csv.getBytes(GB18030), JournalFormat.CSV, GB18030);

        assertThat(journal.problems()).isEmpty();
        assertThat(commands(journal).get(1)).isInstanceOfSatisfying(RecordExpenditureCommand.class,
                e -> assertThat(e.memo()).isEqualTo("𠀀字号印章"));
    }

    @Test
    void theByteOrderMarkOfGb18030IsNotPartOfTheFirstHeader() {
        byte[] bom = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};

        Journal journal = reader.read("march.csv", concat(bom, MARCH.getBytes(GB18030)), JournalFormat.CSV, GB18030);

        assertThat(journal.problems()).isEmpty();
        assertThat(journal.entries()).hasSize(2);
    }

    @Test
    void aByteThatIsNotGbkIsTheFilesProblemAtItsLineAndNothingIsRead() {
        byte[] good = MARCH.getBytes(GBK);
        // a GBK lead byte followed by one that can never complete it, in the memo of a third data line (file line 4)
        byte[] broken = concat(good, "支出,229002,2024,付-003,2024/3/7,".getBytes(GBK), new byte[]{(byte) 0x81, 0x7F},
                ",一般公共预算,2010301,30201,基本支出-公用经费,5.00\r\n".getBytes(GBK));
        int at = good.length + "支出,229002,2024,付-003,2024/3/7,".getBytes(GBK).length + 1;

        Journal journal = reader.read("march.csv", broken, JournalFormat.CSV, GBK);

        assertThat(journal.entries()).isEmpty();
        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.toString()).startsWith("march.csv:4: the file is not GBK text (byte 0x81 at position " + at
                    + " is not valid GBK); nor is it UTF-8: the file may be damaged or mix encodings.");
            assertThat(p.message()).contains("CSV UTF-8");
        });
    }

    @Test
    void aCharacterGbkLacksSaysToNameGb18030() {
        byte[] bytes = MARCH.replace("差旅费报销", "𠀀字号印章").getBytes(GB18030);

        Journal journal = reader.read("march.csv", bytes, JournalFormat.CSV, GBK);

        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("the file is not GBK text (byte 0x95 at position")
                    .endsWith("it reads as GB18030, which has characters GBK lacks: import it with --encoding GB18030");
        });
    }

    @Test
    void aUtf8FileWithItsByteOrderMarkSaidToBeGbkIsRefusedAsUtf8() {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, MARCH.getBytes(StandardCharsets.UTF_8));

        for (Charset named : List.of(GBK, GB18030)) {
            Journal journal = reader.read("march.csv", bytes, JournalFormat.CSV, named);

            assertThat(journal.entries()).isEmpty();
            assertThat(journal.problems()).singleElement().hasToString("march.csv:1: the file begins with the byte-order"
                    + " mark of UTF-8 (Excel's \"CSV UTF-8\"): it is UTF-8 text, not " + named.name()
                    + "; import it without --encoding");
        }
    }

    @Test
    void aUtf8FileThatGbkWouldReadAsOtherCharactersIsRefusedShowingBothReadings() {
        // every non-ASCII run here is also valid GBK: read as GBK it would be recorded garbled, without any bad byte
        String csv = "type,unit,year,voucher,date,memo,fund,function,economic,kind,amount\r\n"
                + "expense,229002,2024,V1,2024-03-05,办公用品,GENERAL_BUDGET,2010301,30201,BASIC_PUBLIC,12.50\r\n";
        assertThat(new String(csv.getBytes(StandardCharsets.UTF_8), GBK)).doesNotContain("\uFFFD");

        Journal journal = reader.read("march.csv", csv.getBytes(StandardCharsets.UTF_8), JournalFormat.CSV, GBK);

        assertThat(journal.entries()).isEmpty();
        assertThat(journal.problems()).singleElement().hasToString("march.csv:2: the file is UTF-8 text (Excel's"
                + " \"CSV UTF-8\"), not GBK: read as GBK, \"办公用品\" on this line would be recorded as \"鍔炲叕鐢ㄥ搧\";"
                + " import it without --encoding");
    }

    @Test
    void aUtf8FileWithABadGbkByteSaysItReadsAsUtf8() {
        // 一般公共预算 in UTF-8 is not GBK: the GBK decoding stops at it
        byte[] bytes = MARCH.getBytes(StandardCharsets.UTF_8);

        Journal journal = reader.read("march.csv", bytes, JournalFormat.CSV, GBK);

        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("the file is not GBK text (byte 0x")
                    .endsWith("it reads as UTF-8 (Excel's \"CSV UTF-8\"): import it without --encoding");
        });
    }

    @Test
    void aGbkFileReadAsUtf8SaysItReadsAsGbkAndHowToImportIt() {
        Journal journal = reader.read("march.csv", MARCH.getBytes(GBK), JournalFormat.CSV);

        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).startsWith("the file is not UTF-8 text (byte 0xC0 at position 1 is not valid UTF-8);"
                            + " it reads as GBK, as a plain \"CSV\" from an older Chinese Excel does: import it as it is"
                            + " with `import FILE --encoding GBK`, or in Excel choose 另存为")
                    .contains("CSV UTF-8");
        });
    }

    @Test
    void aFileWithUtf8LinesAndThenAGbkLineSaysItMixesEncodings() {
        String[] lines = MARCH.split("\r\n");
        byte[] bytes = concat((lines[0] + "\r\n" + lines[1] + "\r\n").getBytes(StandardCharsets.UTF_8),
                (lines[2] + "\r\n").getBytes(GBK));

        Journal journal = reader.read("march.csv", bytes, JournalFormat.CSV);

        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("is not valid UTF-8); the lines before it are UTF-8, so the file mixes"
                    + " encodings");
        });
    }

    @Test
    void aDamagedFileThatIsNeitherUtf8NorGbkSaysSo() {
        byte[] bytes = concat(MARCH.getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xFF, (byte) 0xFF});
        byte[] ascii = concat("type,unit\r\n".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0xFF, (byte) 0x80});

        assertThat(reader.read("m.csv", bytes, JournalFormat.CSV).problems()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(reader.read("m.csv", ascii, JournalFormat.CSV).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("nor is it GBK: the file may be damaged or in another encoding");
        });
    }

    @Test
    void aFileOnDiskIsReadInTheNamedEncoding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("march.csv");
        Files.write(file, MARCH.getBytes(GBK));

        assertThat(reader.read(file, GBK).problems()).isEmpty();
        assertThat(reader.read(file).problems()).singleElement().extracting(EntryProblem::line).isEqualTo(1L);
    }

    @Test
    void aLargeGbkFileIsDecodedOnceAndNotCopiedAgainWhileProvingItIsNotUtf8() {
        // about 8 MB of an older Excel's CSV: the Chinese header makes the file not UTF-8 from its first line on
        String line = MARCH.lines().skip(1).findFirst().orElseThrow() + "\r\n";
        StringBuilder csv = new StringBuilder(MARCH);
        while (csv.length() < 4_000_000) {
            csv.append(line);
        }
        byte[] bytes = csv.toString().getBytes(GBK);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        JournalText.decode("big.csv", bytes, GBK);

        long before = threads.getCurrentThreadAllocatedBytes();
        JournalText.Decoded decoded = JournalText.decode("big.csv", bytes, GBK);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(decoded.failure()).isEmpty();
        assertThat(decoded.text()).isEqualTo(csv.toString());
        // the one decoding: its buffer (two bytes per char, as many chars as bytes at most), the string copied out of
        // it (tried as Latin-1 first, then two bytes per char); a second decoding would add a buffer of 2 × the file
        long text = 2L * (bytes.length + 1) + 3L * decoded.text().length();
        assertThat(allocated).as("bytes allocated decoding %,d bytes of GBK (the text needs %,d)", bytes.length, text)
                .isLessThan(text + bytes.length / 2);
    }

    private static List<LedgerCommand> commands(Journal journal) {
        return journal.entries().stream().map(JournalEntry::command).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
