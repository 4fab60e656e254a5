package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.OpenYearCommand;
import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.ledger.api.command.RecordProcurementContractCommand;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.ProcurementCategory;
import fiscalledger.ledger.api.UnitCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JournalReaderTest {
    private static final String HEADER = "type,unit,year,voucher,date,memo,fund,function,economic,kind,project,amount\r\n";

    private final JournalReader reader = new JournalReader();

    @Test
    void readsEveryLineTypeFromCsvWithEnglishHeadersAndConstants() throws IOException {
        Journal journal = reader.read("every-line-type.csv", resource("every-line-type.csv"), JournalFormat.CSV);

        assertThat(journal.problems()).isEmpty();
        assertThat(journal.codes()).extracting(CodeEntry::command).isEqualTo(EveryLineType.CODES);
        assertThat(commands(journal)).isEqualTo(EveryLineType.COMMANDS);
        assertThat(journal.linesRead()).isEqualTo(25);
    }

    @Test
    void readsTheSameJournalWithChineseHeadersLabelsBomAndExcelDates() throws IOException {
        byte[] content = resource("every-line-type-zh.csv");
        assertThat(content).startsWith(0xEF, 0xBB, 0xBF);

        Journal journal = reader.read("every-line-type-zh.csv", content, JournalFormat.CSV);

        assertThat(journal.problems()).isEmpty();
        assertThat(journal.codes()).extracting(CodeEntry::command).isEqualTo(EveryLineType.CODES);
        assertThat(commands(journal)).isEqualTo(EveryLineType.COMMANDS);
    }

    @Test
    void readsEveryLineTypeFromJsonLinesWithNumbersAsExactDecimals() throws IOException {
        Journal journal = reader.read("every-line-type.jsonl", resource("every-line-type.jsonl"), JournalFormat.JSON_LINES);

        assertThat(journal.problems()).isEmpty();
        assertThat(journal.codes()).extracting(CodeEntry::command).isEqualTo(EveryLineType.CODES);
        assertThat(commands(journal)).isEqualTo(EveryLineType.COMMANDS);
    }

    @Test
    void headerEntriesCarryTheLineOfTheirHeaderEvenWhenDetailsComeLater() throws IOException {
        Journal journal = reader.read("every-line-type.csv", resource("every-line-type.csv"), JournalFormat.CSV);

        JournalEntry open = journal.entries().get(0);
        assertThat(open.command()).isInstanceOf(OpenYearCommand.class);
        assertThat(open.line()).isEqualTo(4);
        assertThat(open.source()).isEqualTo("every-line-type.csv");
        // the second opening balance is on line 8, after two budget lines
        assertThat(((OpenYearCommand) open.command()).openingBalances()).hasSize(2);
    }

    @Test
    void readsAFileFromDiskChoosingTheFormatByItsExtension(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("journal.ndjson");
        Files.write(file, resource("every-line-type.jsonl"));

        Journal journal = reader.read(file);

        assertThat(journal.source()).isEqualTo("journal.ndjson");
        assertThat(commands(journal)).isEqualTo(EveryLineType.COMMANDS);
    }

    @Test
    void refusesAFileWhoseNameSaysNeitherCsvNorJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("journal.xlsx");
        Files.write(file, new byte[]{1, 2, 3});

        assertThat(reader.read(file).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(".csv", ".jsonl", "CSV UTF-8"));
    }

    @Test
    void listsEveryProblemOfEveryLineWithItsLineAndField() {
        String csv = HEADER
                + "expense,229001,2024,E1,2024-03-05,ok,一般公共预算,2010301,30201,公用经费,,100.00\r\n"
                + "expense,229001,2024,E2,2024-03-05,,一般公共预算,20103,30201,公用经费,,12.345\r\n"
                + "expense,229001,2024,E3,2023-12-31,,no such fund,2010301,302,公用经费,,-5\r\n"
                + "appropriation,229001,2024,E4,2024-02-30,,其他收入,2010301,,,,1\r\n"
                + "expense,229001,2024,E5,2024-03-05,,一般公共预算,2010301,30201,项目支出,,1\r\n"
                + "budget,229001,2024,,2024-01-01,,一般公共预算,2010301,,公用经费,,1\r\n"
                + "income,229001,2024,E7,2024-01-01,,其他,2010301,30201,,,1\r\n"
                + "expense,229001,2024,E8,2024-03-05,,一般公共预算,2010301,30201,公用经费,某项目,1\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).extracting(EntryProblem::line, EntryProblem::voucher, EntryProblem::field)
                .containsExactly(
                        tuple(3L, "E2", "function"),
                        tuple(3L, "E2", "amount"),
                        tuple(4L, "E3", "date"),
                        tuple(4L, "E3", "fund"),
                        tuple(4L, "E3", "economic"),
                        tuple(4L, "E3", "amount"),
                        tuple(5L, "E4", "date"),
                        tuple(5L, "E4", "fund"),
                        tuple(6L, "E5", "project"),
                        tuple(7L, "", "voucher"),
                        tuple(8L, "E7", "economic"),
                        tuple(9L, "E8", "project"));
        assertThat(journal.problems().get(1).toString())
                .isEqualTo("test.csv:3: voucher E2: amount: '12.345' has a fraction of a fen; amounts are exact to 0.01 yuan");
        assertThat(journal.problems().get(0).message()).contains("2010301");
        assertThat(journal.problems().get(4).message()).contains("30201");
        assertThat(journal.problems().get(8).message()).contains("项目支出");
        assertThat(journal.problems().get(10).message()).contains("does not apply", "非财政收入 (income)");
        assertThat(journal.entries()).extracting(JournalEntry::line).containsExactly(2L);
    }

    @Test
    void namesTheFieldAsTheFileSpellsIt() {
        String csv = "类型,单位编码,年度,凭证号,业务日期,资金来源,功能科目,金额\r\n"
                + "财政拨款,229001,2024,B1,2024-01-05,一般公共预算,2010301,12.345\r\n";

        assertThat(read(csv).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("金额");
            assertThat(p.toString()).isEqualTo("test.csv:2: voucher B1: 金额: '12.345' has a fraction of a fen; amounts are exact to 0.01 yuan");
        });
    }

    @Test
    void reportsUnknownColumnsAndLinesWithTheWrongNumberOfCells() {
        String csv = "type,unit,year,voucher,date,fund,function,amount,colour\r\n"
                + "appropriation,229001,2024,B1,2024-01-05,一般公共预算,2010301,1,red\r\n"
                + "appropriation,229001,2024,B2,2024-01-05,一般公共预算,2010301,1,000.00,\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(1L, "colour"), tuple(3L, null));
        assertThat(journal.problems().get(0).message()).contains("unknown column 'colour'");
        assertThat(journal.problems().get(1).message()).contains("10 cells but the header has 9");
        assertThat(journal.linesRead()).isEqualTo(2);
    }

    @Test
    void countsPhysicalLinesAcrossQuotedMultiLineCells() {
        String csv = HEADER
                + "appropriation,229001,2024,B1,2024-01-05,\"first line\r\nsecond line\r\nthird\",一般公共预算,2010301,,,,1\r\n"
                + "\r\n"
                + "appropriation,229001,2024,B2,2024-01-05,\"a \"\"quoted\"\", memo\",一般公共预算,2010301,,,,1.001\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("amount");
        });
        assertThat(journal.entries()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.command().memo()).isEqualTo("first line\r\nsecond line\r\nthird");
        });
    }

    @Test
    void reportsAQuoteThatIsNeverClosedAtTheLineWhereItStarts() {
        String csv = HEADER
                + "appropriation,229001,2024,B1,2024-01-05,ok,一般公共预算,2010301,,,,1\r\n"
                + "appropriation,229001,2024,B2,2024-01-05,\"never closed,一般公共预算,2010301,,,,1\r\n"
                + "appropriation,229001,2024,B3,2024-01-05,ok,一般公共预算,2010301,,,,1\r\n";

        assertThat(read(csv).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("double quote");
        });
    }

    @Test
    void refusesAGbkFileAndSaysHowToSaveItAsCsvUtf8() {
        String csv = "类型,单位编码,年度,凭证号,业务日期,资金来源,功能科目,金额\r\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));

        Journal journal = reader.read("old-excel.csv", gbk, JournalFormat.CSV);

        assertThat(journal.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("not UTF-8", "GBK", "CSV UTF-8");
        });
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void detailLinesNeedTheirHeaderWithTheSameVoucher() {
        String csv = "type,unit,year,voucher,date,fund,function,amount,unit_name,unit_type,carry_forward,vehicle_use,quantity\r\n"
                + "opening,229001,2024,Y1,,一般公共预算,2010301,100,,,,,\r\n"
                + "open-year,229001,2024,Y2,2024-01-01,,,,某单位,行政单位,yes,,\r\n"
                + "opening,229001,2024,Y2,,一般公共预算,2010301,100,,,,,\r\n"
                + "vehicle,229001,2024,Y2,,,,,,,,主要负责人用车,1\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "voucher"), tuple(4L, "type"), tuple(5L, "voucher"));
        assertThat(journal.problems().get(0).message()).contains("no 开年 (open-year) line with voucher Y1");
        assertThat(journal.problems().get(1).message()).contains("结转上年");
        assertThat(journal.problems().get(2).message()).contains("资产 (assets)");
    }

    @Test
    void aDetailLineWhoseHeaderDoesNotReadIsNotReportedAsLackingOne() {
        String csv = "type,unit,year,voucher,date,fund,function,amount,unit_name,unit_type,carry_forward,vehicle_use,quantity\r\n"
                + "open-year,229001,2O24,Y2,2024-01-01,,,,某单位,行政单位,,,\r\n"
                + "opening,229001,2024,Y2,,一般公共预算,2010301,100,,,,,\r\n"
                + "opening,229001,2024,Y3,,一般公共预算,2010301,100,,,,,\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "year"), tuple(4L, "voucher"));
        assertThat(journal.unread()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(2);
            assertThat(u.type()).isEqualTo(LineType.OPEN_YEAR);
            assertThat(u.unit()).isEqualTo(new UnitCode("229001"));
            assertThat(u.year()).isNull();
            assertThat(u.voucher()).isEqualTo("Y2");
        });
    }

    @Test
    void aLineWithAStrayCommaStillTellsItsTypeUnitYearAndVoucher() {
        String csv = HEADER + "appropriation,229001,2024,B1,2024-01-05,a,b,一般公共预算,2010301,,,,1\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("cells"));
        assertThat(journal.unread()).singleElement().satisfies(u -> {
            assertThat(u.type()).isEqualTo(LineType.APPROPRIATION);
            assertThat(u.unit()).isEqualTo(new UnitCode("229001"));
            assertThat(u.year()).isEqualTo(new FiscalYear(2024));
            assertThat(u.voucher()).isEqualTo("B1");
        });
    }

    @Test
    void aJsonLineThatIsNoObjectMayBeAnyLineAndOneWithAnUnknownKeyStillTellsItsVoucher() {
        String jsonl = "{\"type\":\"open-year\",\"unit\":\"229001\",\"year\":2024,\"voucher\":\"Y1\",\n"
                + "{\"type\":\"expense\",\"unit\":\"229001\",\"year\":2024,\"voucher\":\"E1\",\"colour\":\"red\"}\n";

        Journal journal = reader.read("j.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), JournalFormat.JSON_LINES);

        assertThat(journal.problems()).extracting(EntryProblem::line).containsExactly(1L, 2L);
        assertThat(journal.unread()).extracting(UnreadLine::line, UnreadLine::type, UnreadLine::voucher)
                .containsExactly(tuple(1L, null, null), tuple(2L, LineType.EXPENSE, "E1"));
        LedgerKey key = LedgerKey.of(new UnitCode("229001"), new FiscalYear(2024));
        assertThat(journal.unread().get(0).mayOpen(key)).isTrue();
        assertThat(journal.unread().get(1).mayOpen(key)).isFalse();
        assertThat(journal.unread().get(1).mayBe(key, "E1")).isTrue();
        assertThat(journal.unread().get(1).mayBe(key, "E2")).isFalse();
    }

    @Test
    void aVoucherIsUsedByOneEntryOfAFile() {
        String csv = HEADER
                + "appropriation,229001,2024,B1,2024-01-05,,一般公共预算,2010301,,,,1\r\n"
                + "appropriation,229001,2024,B1,2024-01-06,,一般公共预算,2010301,,,,2\r\n"
                + "appropriation,229002,2024,B1,2024-01-06,,一般公共预算,2010301,,,,2\r\n";

        assertThat(read(csv).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("already used on line 2");
        });
    }

    @Test
    void acceptsExcelDateFormsAndThousandsSeparators() {
        String csv = HEADER
                + "appropriation,229001,2024,B1,2024/3/5,,一般公共预算,2010301,,,,\"1,234,567.8\"\r\n"
                + "appropriation,229001,2024,B2,2024-3-5,,GENERAL_BUDGET,2010301,,,,1\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).isEmpty();
        assertThat(journal.entries()).extracting(e -> e.command().date().toString()).containsExactly("2024-03-05", "2024-03-05");
        assertThat(commands(journal).get(0)).extracting("amount").isEqualTo(Fen.of(123456780));
    }

    @Test
    void rejectsAFundThatDoesNotFitTheLineType() {
        String csv = HEADER
                + "income,229001,2024,I1,2024-01-05,,一般公共预算,2010301,,,,1\r\n"
                + "use-balance,229001,2024,I2,2024-01-05,,政府性基金,2010301,,,,1\r\n";

        assertThat(read(csv).problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(2L, "fund"), tuple(3L, "fund"));
    }

    @Test
    void listsEveryProblemOfAJsonLinesFileWithItsLine() {
        String jsonl = "{\"type\":\"appropriation\",\"unit\":\"229001\",\"year\":2024,\"voucher\":\"B1\",\"date\":\"2024-01-05\",\"fund\":\"一般公共预算\",\"function\":\"2010301\",\"amount\":0.1}\n"
                + "\n"
                + "{\"type\":\"appropriation\",\"colour\":\"red\"}\n"
                + "{not json\n"
                + "[1,2]\n"
                + "{\"type\":\"appropriation\",\"unit\":\"229001\",\"year\":2024,\"voucher\":\"B2\",\"date\":\"2024-01-05\",\"fund\":\"一般公共预算\",\"function\":\"2010301\",\"amount\":0.001}\n";

        Journal journal = reader.read("j.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), JournalFormat.JSON_LINES);

        assertThat(journal.problems()).extracting(EntryProblem::line, EntryProblem::field)
                .containsExactly(tuple(3L, "colour"), tuple(4L, null), tuple(5L, null), tuple(6L, "amount"));
        assertThat(commands(journal)).singleElement().extracting("amount").isEqualTo(Fen.of(10));
        assertThat(journal.linesRead()).isEqualTo(5);
    }

    @Test
    void aFieldThatDoesNotApplyToTheLineTypeIsAProblemNotSilentlyDropped() {
        String csv = HEADER + "appropriation,229001,2024,B1,2024-01-05,,一般公共预算,2010301,30201,项目支出,某项目,1\r\n";

        assertThat(read(csv).problems()).extracting(EntryProblem::field).containsExactly("economic", "kind", "project");
    }

    @Test
    void unguardsTextThatTheWriterProtectedFromExcelFormulas() {
        String csv = HEADER + "expense,229001,2024,E1,2024-01-05,'=HYPERLINK(\"x\"),一般公共预算,2010301,30201,公用经费,,1\r\n";

        assertThat(((RecordExpenditureCommand) commands(read(csv)).get(0)).memo()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void aMissingTypeColumnOrAHeaderlessFileIsReportedOnce() {
        assertThat(read("unit,year\r\n229001,2024\r\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no column type"));
        assertThat(read("expense,229001,2024\r\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("first row must be the header"));
        assertThat(read("").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(read(HEADER + "\r\n,,,\r\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no entries"));
    }

    @Test
    void anOpeningBalanceIsPositive() {
        String csv = "type,unit,year,voucher,date,fund,function,amount,unit_name,unit_type\r\n"
                + "open-year,229001,2024,Y1,2024-01-01,,,,某单位,行政单位\r\n"
                + "opening,229001,2024,Y1,,其他,2010301,-100.50,,\r\n";

        assertThat(read(csv).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("amount");
        });
    }

    @Test
    void readsAProcurementContractWithItsSmePartsProjectAndSupplier() {
        String csv = "type,unit,year,voucher,date,memo,procurement,amount,sme_amount,small_micro_amount,project,supplier\r\n"
                + "contract,229001,2024,HT-2024-031,2024-12-19,数据治理服务合同,服务,\"694,500.00\",694500,694500,政务信息化工作经费,山西某数据科技有限公司\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).isEmpty();
        assertThat(commands(journal)).containsExactly(new RecordProcurementContractCommand(
                new UnitCode("229001"), new FiscalYear(2024), "HT-2024-031", LocalDate.of(2024, 12, 19), "数据治理服务合同",
                "政务信息化工作经费", ProcurementCategory.SERVICES, Fen.of(69450000), Fen.of(69450000), Fen.of(69450000),
                "山西某数据科技有限公司"));
    }

    @Test
    void readsAContractWithChineseHeadersAndNoSupplierOrSmeParts() {
        String csv = "类型,单位编码,年度,凭证号,业务日期,摘要,采购类别,金额,中小企业金额,小微企业金额,项目,供应商\r\n"
                + "政府采购合同,229001,2024,HT-1,2024-10-15,办公设备,政府采购货物,39500,,,,\r\n";

        Journal journal = read(csv);

        assertThat(journal.problems()).isEmpty();
        assertThat(commands(journal)).singleElement().isEqualTo(new RecordProcurementContractCommand(
                new UnitCode("229001"), new FiscalYear(2024), "HT-1", LocalDate.of(2024, 10, 15), "办公设备", "",
                ProcurementCategory.GOODS, Fen.of(3950000), Fen.ZERO, Fen.ZERO, ""));
    }

    @Test
    void aContractNeedsItsCategoryAndAmountAndKeepsItsSmePartsWithinIt() {
        String csv = "type,unit,year,voucher,date,procurement,amount,sme_amount,small_micro_amount,fund\r\n"
                + "contract,229001,2024,HT-1,2024-10-15,,,,,\r\n"
                + "contract,229001,2024,HT-2,2024-10-15,服务,100,101,,\r\n"
                + "contract,229001,2024,HT-3,2024-10-15,服务,100,50,60,\r\n"
                + "contract,229001,2024,HT-4,2024-10-15,服务,100,,,一般公共预算\r\n";

        assertThat(read(csv).problems()).extracting(EntryProblem::line, EntryProblem::field).containsExactly(
                tuple(2L, "procurement"), tuple(2L, "amount"), tuple(3L, "sme_amount"),
                tuple(4L, "small_micro_amount"), tuple(5L, "fund"));
    }

    @Test
    void aWrittenContractReadsBackAsTheSameCommand() {
        RecordProcurementContractCommand contract = new RecordProcurementContractCommand(new UnitCode("229001"),
                new FiscalYear(2024), "HT-9", LocalDate.of(2024, 10, 8), "空白证照印制 第2包", "空白证照购置印刷",
                ProcurementCategory.SERVICES, Fen.of(123456), Fen.of(100000), Fen.of(5000), "=某印务");
        for (HeaderLanguage language : HeaderLanguage.values()) {
            String csv = new JournalWriter(language).toCsv(List.of(), List.of(contract));

            assertThat(commands(read(csv))).as(language.name()).containsExactly(contract);
        }
    }

    private Journal read(String csv) {
        return reader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8), JournalFormat.CSV);
    }

    private static List<LedgerCommand> commands(Journal journal) {
        return journal.entries().stream().map(JournalEntry::command).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = JournalReaderTest.class.getResourceAsStream("/journal/" + name)) {
            return in.readAllBytes();
        }
    }
}
