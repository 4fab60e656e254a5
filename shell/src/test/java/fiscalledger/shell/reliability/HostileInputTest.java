package fiscalledger.shell.reliability;

import fiscalledger.shell.LedgerShell;
import fiscalledger.shell.LedgerShellApplication;
import fiscalledger.shell.ShellSettings;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.service.LedgerServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus (src/test/resources/hostile: cases.tsv, the files under import/, written by generate.py):
 * malformed CSV, wrong encodings, impossible amounts, invalid codes, dates outside the year, duplicate vouchers,
 * bad reversals, overlong and control-character text, SQL and formula injection — through `import`, the recording
 * commands and `sql` of the real shell on the real ledger. Each must fail with its own specific message, and leave
 * the store exactly as it was: the same events, and the same read models to the byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    /** Static: with one instance per class, JUnit injects an instance @TempDir only after @BeforeAll has run. */
    @TempDir
    static Path data;

    private ConfigurableApplicationContext context;
    private LedgerShell shell;
    private JdbcTemplate jdbc;
    private Path corpus;

    @BeforeAll
    void aStoreWithOneOpenYear() throws Exception {
        corpus = Path.of(HostileInputTest.class.getResource("/hostile/cases.tsv").toURI()).getParent();
        context = new SpringApplicationBuilder(LedgerShellApplication.class)
                .web(WebApplicationType.NONE)
                .properties("fiscal-ledger.data-dir=" + data, "fiscal-ledger.user=tester", "spring.main.banner-mode=off",
                        "logging.level.root=ERROR")
                .run();
        shell = new LedgerShell(CommandRegistry.standard(), context.getBean(LedgerServices.class),
                new ShellSettings(data, corpus, false));
        jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        Outcome baseline = run("import baseline.csv");
        assertThat(baseline.exitCode()).as(baseline.output()).isZero();
    }

    @AfterAll
    void close() {
        if (context != null) {
            context.close();
        }
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path file = Path.of(HostileInputTest.class.getResource("/hostile/cases.tsv").toURI());
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void isRefusedWithItsOwnMessageAndChangesNothing(String group, String command, String expected) {
        StoreFingerprint before = StoreFingerprint.of(jdbc);
        Outcome outcome = run(command);
        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.output()).contains(expected.replace("\\t", "\t"));
        assertThat(outcome.output()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(StoreFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theCorpusHasAtLeastFiftyCasesAndEveryFileIsUsed() throws IOException, URISyntaxException {
        List<Arguments> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        try (Stream<Path> files = Files.list(corpus.resolve("import"))) {
            files.map(p -> "import/" + p.getFileName()).forEach(name ->
                    assertThat(all).as(name + " is in cases.tsv")
                            .anyMatch(a -> List.of(a.get()[1].toString().split(" ")).contains(name)));
        }
    }

    @Test
    void injectionTextInAMemoIsKeptAsTextAndAFormulaMemoLeavesTheCsvExportAsText() {
        StoreFingerprint before = StoreFingerprint.of(jdbc);
        String memo = "=cmd|' /C calc'!A0'); DROP TABLE postings; --";
        Outcome recorded = run("expense --unit 229001 --year 2024 --voucher INJ-1 --date 2024-06-01 --fund GENERAL_BUDGET"
                + " --function 2010301 --economic 30201 --kind BASIC_PUBLIC --amount 1.00 --memo \"" + memo.replace("\"", "\\\"") + "\"");
        assertThat(recorded.exitCode()).as(recorded.output()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(before.events() + 1);

        Outcome csv = run("sql --format csv SELECT voucher, memo, amount_fen FROM postings WHERE voucher = 'INJ-1'");
        assertThat(csv.exitCode()).as(csv.output()).isZero();
        // no comma in the memo, so no quotes: the apostrophe alone keeps Excel from running it
        assertThat(csv.output()).contains("INJ-1,'=cmd|' /C calc'!A0'); DROP TABLE postings; --,100");
        Outcome negative = run("sql --format csv SELECT -5 AS n, '-5' AS t, '@SUM(A1)' AS f");
        assertThat(negative.output()).contains("-5,-5,'@SUM(A1)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM postings", Long.class)).isPositive();
    }

    private Outcome run(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = shell.runCommands(List.of(command), new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out + err.toString());
    }

    private record Outcome(int exitCode, String output) {
    }
}
