package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fiscalledger.ledger.journal.EveryLineType.*;
import static org.assertj.core.api.Assertions.assertThat;

class JournalWriterTest {
    private final JournalReader reader = new JournalReader();

    @ParameterizedTest
    @EnumSource(HeaderLanguage.class)
    void aWrittenJournalReadsBackToTheSameCommands(HeaderLanguage language) {
        String csv = new JournalWriter(language).toCsv(CODES, COMMANDS);

        Journal journal = reader.read("round-trip.csv", csv.getBytes(StandardCharsets.UTF_8), JournalFormat.CSV);

        assertThat(journal.problems()).isEmpty();
        assertThat(journal.codes()).extracting(CodeEntry::command).isEqualTo(CODES);
        assertThat(journal.entries()).extracting(JournalEntry::command).isEqualTo(COMMANDS);
    }

    @Test
    void chineseHeadersAndLabelsAreWhatTheOfficerSees() {
        String csv = new JournalWriter(HeaderLanguage.CHINESE).toCsv(List.of(), List.of(COMMANDS.get(6)));

        assertThat(csv).isEqualTo("类型,单位编码,年度,凭证号,业务日期,摘要,资金来源,功能科目,金额\r\n"
                + "财政拨款,229001,2024,V0007,2024-02-01,一季度拨款,一般公共预算财政拨款,2010301,500000.00\r\n");
    }

    @Test
    void formulaLikeTextIsGuardedButCodesAndAmountsAreNot() {
        OpenYearCommand open = new OpenYearCommand(UNIT, YEAR, "-V1", date(1, 1), "=1+2", "@单位", "229", "+部门",
                UnitType.ADMINISTRATIVE, List.of(new OpeningBalance(Fund.OTHER, ADMIN, Fen.of(10050))), false);

        String csv = new JournalWriter(HeaderLanguage.ENGLISH).toCsv(List.of(), List.of(open));

        assertThat(csv.split("\r\n")[1]).isEqualTo("open-year,229001,2024,'-V1,2024-01-01,'=1+2,,,,'@单位,229,'+部门,ADMINISTRATIVE");
        assertThat(csv.split("\r\n")[2]).endsWith(",OTHER,2010301,100.50,,,,");
        Journal back = reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8), JournalFormat.CSV);
        assertThat(back.entries()).extracting(JournalEntry::command).containsExactly(open);
    }

    @Test
    void aJournalFileStartsWithTheBomExcelNeedsToRecogniseUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("year.csv");

        new JournalWriter(HeaderLanguage.CHINESE).write(file, CODES, COMMANDS);

        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(reader.read(file).entries()).extracting(JournalEntry::command).isEqualTo(COMMANDS);
    }
}
