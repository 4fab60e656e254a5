package fiscalledger.shell.command.query;

import fiscalledger.shell.testing.SampleLedger;
import fiscalledger.shell.testing.ScriptRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `sql --out FILE` on the real ledger (H2 in a temporary directory, the sample year loaded): every row however many,
 * on the same read-only connection as the screen's queries, as of a cut-off too, and no file from a failed query.
 */
class SqlExportTest {

    @TempDir
    static Path data;

    static SampleLedger ledger;

    @BeforeAll
    static void startWithTheSampleYear() {
        ledger = SampleLedger.start(data, "analyst");
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    private static ScriptRun run(String... commands) {
        return ledger.run(commands);
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(data.resolve(file));
    }

    @Test
    void anExportWritesEveryRowWhereTheScreenStopsAtItsLimit() throws IOException {
        ScriptRun screen = run("sql --format csv SELECT X AS n FROM SYSTEM_RANGE(1, 10001)");
        assertThat(screen.code).isEqualTo(1);
        // not a truncation: nothing is printed, and the message says how to get every row
        assertThat(screen.out).isEmpty();
        assertThat(screen.err).contains("the query returns more than 10,000 rows, more than the screen shows, so"
                + " nothing is printed: write every row to a file with --out FILE, which has no limit");

        ScriptRun export = run("sql --format csv --out exports/range.csv SELECT X AS n FROM SYSTEM_RANGE(1, 25000)").ok();
        assertThat(export.out.lines()).containsExactly("created folder " + data.resolve("exports"),
                "wrote 25000 rows to " + data.resolve("exports/range.csv"));
        List<String> range = lines("exports/range.csv");
        assertThat(range).hasSize(1 + 25_000);
        assertThat(range.get(0)).isEqualTo("n");
        assertThat(range.get(25_000)).isEqualTo("25000");
        // the export is an ordinary file for whoever may read the directory's other files
        Path ordinary = Files.writeString(data.resolve("exports/ordinary.txt"), "x");
        assertThat(Files.getPosixFilePermissions(data.resolve("exports/range.csv")))
                .isEqualTo(Files.getPosixFilePermissions(ordinary));
        for (String format : List.of("text", "json", "md")) {
            run("sql --format " + format + " --out range." + format + " SELECT X AS n FROM SYSTEM_RANGE(1, 25000)")
                    .ok();
            assertThat(Files.readString(data.resolve("range." + format))).as(format).contains("25000");
        }

        // every posting, as an analyst exports a unit-year: one line each
        String count = run("sql --format csv SELECT COUNT(*) AS n FROM postings").ok().out.lines().toList().get(1);
        run("sql --format csv --out postings.csv SELECT * FROM postings ORDER BY seq").ok();
        assertThat(lines("postings.csv")).hasSize(1 + Integer.parseInt(count));
    }

    @Test
    void aFileReadsAsTheScreenInEachFormat() throws IOException {
        // ordered completely: an event's several postings share their seq, and nothing but line_no orders them
        String query = "SELECT seq, voucher, business_date, amount_fen, memo, CAST(NULL AS INT) AS nothing, "
                + "'甲' || voucher AS 名称 FROM postings ORDER BY seq, line_no LIMIT 7";
        for (String format : List.of("text", "csv", "json", "md")) {
            for (String q : List.of(query, query.replace("ORDER BY", "WHERE 1 = 0 ORDER BY"))) {
                String screen = run("sql --format " + format + " " + q).ok().out;
                if (format.equals("text")) {
                    // the screen ends with a count of the rows, the file does not
                    screen = screen.substring(0, screen.lastIndexOf("(", screen.length() - 2));
                }
                run("sql --format " + format + " --out screen." + format + " " + q).ok();
                assertThat(Files.readString(data.resolve("screen." + format))).as(format + ": " + q).isEqualTo(screen);
            }
        }
    }

    @Test
    void jsonGivesNumberColumnsAsNumbersAndTextAsStringsOnTheScreenAndInAFile() throws IOException {
        String query = "SELECT seq, voucher, amount_fen, unit, CAST(NULL AS BIGINT) AS nothing, SUM(amount_fen) OVER () AS total"
                + " FROM postings ORDER BY seq, line_no LIMIT 2";
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        run("sql --format json --out numbers.json " + query).ok();
        for (String json : List.of(run("sql --format json " + query).ok().out, Files.readString(data.resolve("numbers.json")))) {
            com.fasterxml.jackson.databind.JsonNode first = mapper.readTree(json).get(0);
            assertThat(first.get("seq").isIntegralNumber()).as(json).isTrue();
            assertThat(first.get("amount_fen").isNumber()).as(json).isTrue();
            assertThat(first.get("total").isNumber()).as(json).isTrue();
            assertThat(first.get("nothing").isNull()).as(json).isTrue();
            // a unit code is text however numeric it looks (a code may start with 0)
            assertThat(first.get("unit").isTextual()).as(json).isTrue();
            assertThat(first.get("voucher").isTextual()).as(json).isTrue();
        }
        String total = run("sql --format csv SELECT SUM(amount_fen) AS total FROM postings").ok().out.lines().toList().get(1);
        assertThat(mapper.readTree(run("sql --format json SELECT SUM(amount_fen) AS total FROM postings").ok().out)
                .get(0).get("total").decimalValue()).isEqualByComparingTo(total);
    }

    @Test
    void aFailedOrRefusedExportLeavesNoFileAndAnEarlierOneAsItWas() throws IOException {
        Files.createDirectories(data.resolve("failed"));
        Files.writeString(data.resolve("failed/earlier.csv"), "an earlier export\n");
        ScriptRun failed = run("sql --format csv --out failed/earlier.csv SELECT 1 / (X - 5000) FROM SYSTEM_RANGE(1, 20000)",
                "sql --format text --out failed/new.txt SELECT 1 / (X - 5000) FROM SYSTEM_RANGE(1, 20000)");
        assertThat(failed.code).isEqualTo(1);
        assertThat(failed.err.lines()).hasSize(2).allMatch(l -> l.contains("SQL error: Division by zero"));

        String write = "DELETE FROM postings";
        String before = run("sql --format csv SELECT COUNT(*) AS n FROM postings").ok().out;
        ScriptRun screen = run("sql " + write);
        ScriptRun export = run("sql --format csv --out failed/new.csv " + write);
        assertThat(export.code).isEqualTo(1);
        assertThat(screen.err).contains("the SQL console is read-only");
        assertThat(export.err.replace("--format csv --out failed/new.csv ", "")).isEqualTo(screen.err);

        assertThat(Files.readString(data.resolve("failed/earlier.csv"))).isEqualTo("an earlier export\n");
        try (var files = Files.list(data.resolve("failed"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("earlier.csv");
        }
        assertThat(run("sql --format csv SELECT COUNT(*) AS n FROM postings").ok().out).isEqualTo(before);
    }

    @Test
    void asOfAnExportHasEveryRowWithinTheCutOff() throws IOException {
        // each posting to mid-year fifty times: more rows than the screen's limit
        String rows = "SELECT p.seq, p.amount_fen, r.X AS copy FROM postings p CROSS JOIN SYSTEM_RANGE(1, 50) r";
        ScriptRun asOf = run("as-of 2024-06-30 sql --format csv --out asof.csv " + rows + " ORDER BY p.seq, r.X").ok();
        run("sql --format csv --out filtered.csv " + rows + " WHERE p.business_date <= DATE '2024-06-30'"
                + " ORDER BY p.seq, r.X").ok();
        List<String> cut = lines("asof.csv");
        assertThat(cut).hasSizeGreaterThan(10_001).isEqualTo(lines("filtered.csv"));
        assertThat(asOf.out.strip()).isEqualTo("wrote " + (cut.size() - 1) + " rows to " + data.resolve("asof.csv"));
        run("sql --format csv --out all.csv " + rows).ok();
        assertThat(lines("all.csv")).hasSizeGreaterThan(cut.size());
        assertThat(run("as-of 2024-06-30 sql --format csv " + rows).err).contains("more than 10,000 rows", "--out FILE");
    }
}
