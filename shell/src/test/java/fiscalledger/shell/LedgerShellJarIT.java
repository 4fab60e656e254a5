package fiscalledger.shell;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real jar (java -jar shell/target/ledger-shell.jar) as users script it: -e commands and a script on
 * standard input, on a temporary data directory kept across the runs, so the second run also proves that what the
 * first recorded survives a restart. Asserts on stdout, stderr and the exit code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerShellJarIT {

    @TempDir
    static Path work;

    private static Path jar;
    private static Path data;

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeAll
    static void locateJar() {
        jar = Path.of(System.getProperty("ledger.shell.jar", "target/ledger-shell.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run in the integration-test phase, after package)").isRegularFile();
        data = work.resolve("data");
    }

    private static Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the shell did not finish within 10 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void helpNeedsNoLedgerAndExitsZero() throws Exception {
        Run run = run("", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--data DIR", "-e COMMAND");
        Run bad = run("", "--colour");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly("error: unknown argument '--colour'; see --help");
    }

    @Test
    @Order(2)
    void loadSampleThenShowReproducesThePublishedTable01AsCsv() throws Exception {
        Run run = run("", "--data", data.toString(), "-e", "units", "-e", "load-sample",
                "-e", "show 01 --format csv", "-e", "check");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("the store is empty", "imported 229001-2024.csv");
        // figures of the publication (shared/reference/seed-2024-expected.csv, table 01)
        assertThat(run.out()).contains(
                "行次/科目代码,项目/科目名称,金额\n",
                "1,一、一般公共预算财政拨款收入,42683.67\n",
                "2,二、政府性基金预算财政拨款收入,\n",
                "8,八、其他收入,0.69\n",
                "27,本年收入合计,42684.35\n",
                "29,年初结转和结余,289.23\n",
                "31,总计,42973.59\n",
                "32,一、一般公共服务支出,42034.76\n",
                "58,本年支出合计,42240.10\n",
                "60,年末结转和结余,733.48\n",
                "62,总计,42973.59\n");
        assertThat(run.out()).doesNotContain("FAIL").contains("identities hold for 229001/2024");
    }

    @Test
    @Order(3)
    void aStdinScriptRunsLineByLineAndAFailureSetsTheExitCodeWithOneStderrLineEach() throws Exception {
        String script = """
                # a report script, run on the store the previous run filled
                years
                show 09 --format csv
                show 11
                sql --format csv SELECT COUNT(*) AS n FROM ledgers
                sql DELETE FROM postings
                tables
                """;
        Run run = run(script, "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("2024  229001  山西省行政审批服务管理局", "行次/科目代码,项目/科目名称", "n\n1\n", "perf");
        assertThat(run.out()).doesNotContain(LedgerShell.PROMPT).doesNotContain("\u001b[");
        List<String> errors = run.errLines();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("error: line 4: show 11: table '11' is unknown; tables are 01, 02");
        assertThat(errors.get(1)).startsWith("error: line 6: sql DELETE FROM postings: the SQL console is read-only");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Order(4)
    void aRejectedRecordingCommandFailsWithTheLedgersReasonAndDebugAddsTheStackTrace() throws Exception {
        String expense = "expense --voucher SHELL-IT-1 --date 2023-06-30 --fund 一般公共预算 --function 2010301 "
                + "--economic 30201 --kind 公用经费 --amount 100.00";
        Run run = run("", "--data", data.toString(), "-e", expense);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: expense --voucher SHELL-IT-1").contains("2023-06-30");
        Run debug = run("", "--data", data.toString(), "--debug", "-e", expense);
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    @Order(5)
    void aGbkJournalFromAnOlderExcelIsRefusedWithTheWayOutAndImportedWhenItsEncodingIsSaid() throws Exception {
        // a month of vouchers as a plain "CSV" of a Chinese Excel: Chinese headers, CRLF, 2024/3/5 dates, 1,250.00
        String csv = String.join("\r\n",
                "类型,单位编码,年度,凭证号,业务日期,摘要,资金来源,功能科目,经济科目,支出类型,金额,单位名称,单位类型",
                "开年,229002,2024,开-001,2024/1/2,开设2024年度账簿,,,,,,测试事务中心,事业单位",
                "年初预算,229002,2024,预-001,2024/1/2,公用经费,一般公共预算,2010301,30201,基本支出-公用经费,\"120,000.00\",,",
                "财政拨款,229002,2024,拨-001,2024/3/1,3月拨款,一般公共预算,2010301,,,\"80,000.00\",,",
                "支出,229002,2024,付-001,2024/3/5,办公用品,一般公共预算,2010301,30201,基本支出-公用经费,\"1,250.00\",,",
                "") ;
        Path gbkData = work.resolve("gbk-data");
        Files.write(work.resolve("march-gbk.csv"), csv.getBytes(java.nio.charset.Charset.forName("GBK")));

        Run refused = run("", "--data-dir", gbkData.toString(), "-e", "import march-gbk.csv", "-e", "units");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString()
                .contains("march-gbk.csv:1", "not UTF-8", "it reads as GBK", "CSV UTF-8", "--encoding GBK");
        assertThat(refused.out()).contains("the store is empty");

        Run imported = run("", "--data-dir", gbkData.toString(), "-e", "import march-gbk.csv --encoding GBK",
                "-e", "units", "-e", "show 01 --format csv");
        assertThat(imported.err()).isEmpty();
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("imported march-gbk.csv: 4 lines, 4 events recorded",
                "229002  测试事务中心  2024", "1,一、一般公共预算财政拨款收入,8.00\n", "32,一、一般公共服务支出,0.13\n");
    }
}
