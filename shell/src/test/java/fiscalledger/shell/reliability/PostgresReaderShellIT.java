package fiscalledger.shell.reliability;

import fiscalledger.projections.sql.ReaderRole;
import fiscalledger.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real jar on the CI's PostgreSQL ({@link PostgresTestDatabase}: FISCAL_LEDGER_TEST_PG_*; skipped without it
 * unless _REQUIRED): an officer records, the SELECT-only reader user is created, and an auditor started with
 * --db-reader-user reads the tables, the identities and SQL, says from the stored tokens how far its read models are
 * and why as-of sql cannot run there, while a recording is refused with one clear line. Started with the reader's credentials as
 * if it were a writer, the jar is refused by the database itself (permission denied), which it says in one line.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PostgresReaderShellIT {

    @TempDir
    Path work;

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void anAuditorConnectedAsTheSelectOnlyUserReadsAndItsWritesAreRefusedByAppAndDatabase() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        String reader = "fl_shell_reader_" + suffix;
        String readerPassword = "pw-" + suffix;
        Path jar = Path.of(System.getProperty("ledger.shell.jar", "target/ledger-shell.jar")).toAbsolutePath();
        // the database is dropped first (closing it), then the reader role, which then holds no grant anywhere
        PostgresTestDatabase db = PostgresTestDatabase.create();
        String url = db.url();
        String admin = db.user();
        String adminPassword = db.password();
        try {
            Path journal = work.resolve("year.csv");
            Files.write(journal, List.of(
                    "type,unit,year,voucher,date,memo,fund,function,economic,kind,amount,unit_name,department_code,"
                            + "department_name,unit_type",
                    "open-year,229001,2024,V0,2024-01-01,开账,,,,,,测试单位,229,测试主管部门,ADMINISTRATIVE",
                    "appropriation,229001,2024,A0,2024-01-02,拨款,GENERAL_BUDGET,2010301,,,90000.00,,,,",
                    "expense,229001,2024,E1,2024-03-01,办公,GENERAL_BUDGET,2010301,30201,BASIC_PUBLIC,12.00,,,,"),
                    StandardCharsets.UTF_8);
            Map<String, String> asWriter = Map.of("SPRING_DATASOURCE_USERNAME", admin,
                    "SPRING_DATASOURCE_PASSWORD", adminPassword);
            Run officer = run(jar, asWriter, "--db", url, "-e", "import " + journal,
                    "-e", "sql --format csv SELECT COUNT(*) AS n FROM postings");
            assertThat(officer.err()).isEmpty();
            assertThat(officer.out()).contains("imported year.csv", "n\n2\n");

            ReaderRole.create(new DriverManagerDataSource(url, admin, adminPassword), reader, readerPassword);
            long events = count(url, admin, adminPassword, "domain_event_entry");

            Map<String, String> env = new HashMap<>(asWriter);
            env.put("FISCAL_LEDGER_DB_READER_PASSWORD", readerPassword);
            Run auditor = run(jar, env, "--db", url, "--role", "auditor", "--db-reader-user", reader,
                    "-e", "units", "-e", "check", "-e", "show 01 --format csv",
                    "-e", "sql --format csv SELECT current_user AS who, COUNT(*) AS n FROM postings GROUP BY 1",
                    "-e", "status", "-e", "as-of 2024-06-30 sql SELECT COUNT(*) FROM postings",
                    "-e", "expense --voucher X1 --date 2024-03-02 --fund 一般公共预算 --function 2010301 --economic 30201"
                            + " --kind 公用经费 --amount 1.00");
            assertThat(auditor.exitCode()).isEqualTo(1);
            assertThat(auditor.out()).contains("229001  测试单位  2024", "identities hold for 229001/2024",
                    "行次/科目代码,项目/科目名称,金额", "who,n\n" + reader + ",2\n");
            // no processor runs in the reader: status reads the stored tokens, which the officer left at the head
            assertThat(auditor.out()).contains("ledger-projections: not running in this process (the store is"
                    + " read-only here): the read models are as the writing process left them, up to date with the"
                    + " event store (head of the event store #" + events + ")");
            List<String> errors = auditor.err().lines().toList();
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0)).startsWith("error: as-of 2024-06-30 sql").contains("needs temporary views",
                    "connected as the database user " + reader, "without --db-reader-user");
            assertThat(errors.get(1)).startsWith("error: expense --voucher X1").contains("auditor");

            // the reader's credentials in a process that believes it may write: the database refuses, in one line
            Run impostor = run(jar, Map.of("SPRING_DATASOURCE_USERNAME", reader, "SPRING_DATASOURCE_PASSWORD",
                    readerPassword), "--db", url, "-e", "units");
            assertThat(impostor.exitCode()).isEqualTo(1);
            assertThat(impostor.err().lines().toList()).singleElement().asString()
                    .contains("permission denied").contains("may only read").doesNotContain("\tat ");

            assertThat(count(url, admin, adminPassword, "domain_event_entry")).isEqualTo(events);
        } finally {
            db.close();
            try (Connection c = db.connectToServer(); Statement st = c.createStatement()) {
                st.execute("DROP ROLE IF EXISTS " + reader);
            } catch (SQLException e) {
                System.err.println("could not drop the role " + reader + ": " + e.getMessage());
            }
        }
    }

    private static long count(String url, String user, String password, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Run run(Path jar, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(env);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the shell did not finish within 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
