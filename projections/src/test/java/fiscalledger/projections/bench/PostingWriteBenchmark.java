package fiscalledger.projections.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What H2 alone charges the rebuild's writing thread for the {@code postings} rows of a unit-year, per table layout:
 * plain JDBC, one thread, batches of {@code batch} rows with a commit each (as the processor commits each batch of
 * events), in an H2 file database opened with the ledger's {@code WRITE_DELAY=0}. Prints the least thread CPU time of
 * the rounds per layout; the layouts take turns, so that a shared machine's load falls on all of them alike.
 * <p>
 * Run: {@code java -cp <test classpath> fiscalledger.projections.bench.PostingWriteBenchmark <dir> [rows] [batch]
 * [rounds] [only the layouts whose description contains this]}.
 */
public final class PostingWriteBenchmark {

    private static final String COLUMNS = "seq BIGINT NOT NULL, line_no INT NOT NULL, unit VARCHAR(12) NOT NULL, "
            + "fiscal_year INT NOT NULL, movement VARCHAR(20) NOT NULL, fund VARCHAR(24) NOT NULL, "
            + "function_code VARCHAR(7) NOT NULL, economic_code VARCHAR(5), kind VARCHAR(20), "
            + "project VARCHAR(300) NOT NULL DEFAULT '', procurement VARCHAR(10), sme_fen BIGINT NOT NULL DEFAULT 0, "
            + "small_micro_fen BIGINT NOT NULL DEFAULT 0, amount_fen BIGINT NOT NULL, voucher VARCHAR(64) NOT NULL, "
            + "business_date DATE NOT NULL, adjustment_type VARCHAR(10), document VARCHAR(200), "
            + "reversed_voucher VARCHAR(64), reversal_reason VARCHAR(1000), recorded_by VARCHAR(100), "
            + "recorded_reason VARCHAR(1000), memo VARCHAR(2000)";
    private static final String PRIMARY_KEY = ", CONSTRAINT pk_postings PRIMARY KEY (seq, line_no))";
    /** H2 keys the rows themselves by a single BIGINT primary key; any other primary key is one more index. */
    private static final String ROW_KEY = "id BIGINT INVISIBLE GENERATED ALWAYS AS (seq * 1048576 + line_no) PRIMARY KEY, ";

    /** A table layout: the DDL before the rows are written, and what is built after them (counted too). */
    private record Layout(List<String> before, List<String> after) {
        Layout(List<String> before) {
            this(before, List.of());
        }
    }

    private static final Map<String, Layout> LAYOUTS = new LinkedHashMap<>();

    static {
        String table = "CREATE TABLE postings (" + COLUMNS + PRIMARY_KEY;
        String rowKeyed = "CREATE TABLE postings (" + ROW_KEY + COLUMNS
                + ", CHECK (line_no >= 0 AND line_no < 1048576))";
        String ledger = "CREATE INDEX ix_ledger ON postings (unit, fiscal_year, movement)";
        String voucher = "CREATE INDEX ix_voucher ON postings (unit, fiscal_year, voucher)";
        String both = "CREATE INDEX ix_movement_voucher ON postings (unit, fiscal_year, movement, voucher)";
        LAYOUTS.put("key (seq, line_no) + (unit, year, movement) + (unit, year, voucher)",
                new Layout(List.of(table, ledger, voucher)));
        LAYOUTS.put("key (seq, line_no) + (unit, year, movement, voucher)", new Layout(List.of(table, both)));
        LAYOUTS.put("key (seq, line_no) alone", new Layout(List.of(table)));
        LAYOUTS.put("row key id = seq * 2^20 + line_no + (unit, year, movement, voucher) [the schema]",
                new Layout(List.of(rowKeyed, both)));
        LAYOUTS.put("row key id alone", new Layout(List.of(rowKeyed)));
        LAYOUTS.put("row key id, (unit, year, movement, voucher) created after the rows",
                new Layout(List.of(rowKeyed), List.of(both)));
    }

    private PostingWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        // only the layouts whose description contains this text (all when absent)
        String only = args.length > 4 ? args[4] : "";
        Files.createDirectories(dir);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> least = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            int n = 0;
            for (Map.Entry<String, Layout> layout : LAYOUTS.entrySet()) {
                if (!layout.getKey().contains(only)) {
                    continue;
                }
                String url = "jdbc:h2:file:" + dir.resolve("postings-" + n++) + ";WRITE_DELAY=0";
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    try (Statement st = c.createStatement()) {
                        st.execute("DROP TABLE IF EXISTS postings");
                        for (String ddl : layout.getValue().before()) {
                            st.execute(ddl);
                        }
                    }
                    long cpu = threads.getCurrentThreadCpuTime();
                    write(c, rows, batch);
                    try (Statement st = c.createStatement()) {
                        for (String ddl : layout.getValue().after()) {
                            st.execute(ddl);
                        }
                    }
                    least.merge(layout.getKey(), threads.getCurrentThreadCpuTime() - cpu, Math::min);
                }
            }
        }
        System.out.printf("%d postings, a commit every %d, least thread CPU of %d rounds:%n", rows, batch, rounds);
        least.forEach((layout, ns) -> System.out.printf("  %6.3f CPU-s  %s%n", ns / 1e9, layout));
    }

    /** Rows like ProjectionBenchmark's year: mostly expenditures over a few codes, a voucher per row. */
    private static void write(Connection c, int rows, int batch) throws SQLException {
        String[] functions = {"2010101", "2010102", "2010150", "2010301", "2010302", "2010399", "2050101", "2080501"};
        c.setAutoCommit(false);
        Random rnd = new Random(42);
        String sql = "INSERT INTO postings (seq, line_no, unit, fiscal_year, movement, fund, function_code, "
                + "economic_code, kind, project, procurement, sme_fen, small_micro_fen, amount_fen, voucher, "
                + "business_date, adjustment_type, document, recorded_by, recorded_reason, memo) VALUES ("
                + String.join(", ", Collections.nCopies(21, "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                ps.setLong(1, i + 1L);
                ps.setInt(2, 0);
                ps.setString(3, "900001");
                ps.setInt(4, 2024);
                ps.setString(5, i % 40 == 0 ? "income" : "expenditure");
                ps.setString(6, "GENERAL_BUDGET");
                ps.setString(7, functions[rnd.nextInt(functions.length)]);
                ps.setString(8, "302" + (10 + rnd.nextInt(20)));
                ps.setString(9, "BASIC_PUBLIC");
                ps.setString(10, rnd.nextBoolean() ? "" : "项目" + rnd.nextInt(50));
                ps.setNull(11, Types.VARCHAR);
                ps.setLong(12, 0);
                ps.setLong(13, 0);
                ps.setLong(14, 100 + rnd.nextInt(5_000_000));
                ps.setString(15, "E" + i);
                ps.setDate(16, java.sql.Date.valueOf(LocalDate.of(2024, 1, 3).plusDays(rnd.nextInt(350))));
                ps.setNull(17, Types.VARCHAR);
                ps.setNull(18, Types.VARCHAR);
                ps.setString(19, "bench");
                ps.setNull(20, Types.VARCHAR);
                ps.setString(21, "公用");
                ps.addBatch();
                if ((i + 1) % batch == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }
}
