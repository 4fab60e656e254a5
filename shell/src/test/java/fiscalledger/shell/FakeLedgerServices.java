package fiscalledger.shell;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;
import fiscalledger.shell.service.IdentityResult;
import fiscalledger.shell.service.ImportProgress;
import fiscalledger.shell.service.ImportSummary;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.service.LedgerSummary;
import fiscalledger.shell.service.QueryResult;
import fiscalledger.shell.service.RecordOutcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory stand-in for the ledger, so the shell's own behaviour is tested without Spring. */
public class FakeLedgerServices implements LedgerServices {

    public static final LedgerKey SAMPLE = LedgerKey.of(new UnitCode("229001"), new FiscalYear(2024));
    public static final String UNIT_NAME = "山西省行政审批服务管理局";

    public final List<LedgerSummary> ledgers = new ArrayList<>(List.of(new LedgerSummary(SAMPLE, UNIT_NAME, false)));
    public final List<Object> recorded = new ArrayList<>();
    public final List<String> queries = new ArrayList<>();
    /** What the next successful import warns about. */
    public final List<EntryProblem> importWarnings = new ArrayList<>();
    /** Why the next import of a file named *bad* is rejected. */
    public final List<String> importProblems = new ArrayList<>(
            List.of("bad.csv:2: amount: '12x' is not an amount in yuan (e.g. 1234.56)"));
    public int imports;
    /** Data lines the next successful import reports. */
    public long importedLines = 3;
    public long importedEvents = 2;
    public final List<IdentityResult> identities = new ArrayList<>(List.of(
            new IdentityResult("01 收入合计+结余 = 总计", true, "42684.35 + 289.23 = 42973.58")));

    @Override
    public List<LedgerSummary> ledgers() {
        return ledgers;
    }

    @Override
    public List<String> tableIds() {
        return List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "perf", "notes", "balances");
    }

    @Override
    public TableView table(String tableId, LedgerKey ledger) {
        return table01(ledger);
    }

    public static TableView table01(LedgerKey ledger) {
        Map<String, Cell> r1 = new LinkedHashMap<>();
        r1.put("金额", Cell.money(Fen.of(42_683_670_000L)));
        Map<String, Cell> r2 = new LinkedHashMap<>();
        r2.put("金额", Cell.money(Fen.ZERO));
        Map<String, Cell> r8 = new LinkedHashMap<>();
        r8.put("金额", Cell.money(Fen.of(690_000L)));
        return new TableView("01", "收入支出决算总表", UNIT_NAME, ledger, "万元", 2, List.of("金额"), List.of(
                new TableRow("1", "", "一、一般公共预算财政拨款收入", r1),
                new TableRow("2", "", "二、政府性基金预算财政拨款收入", r2),
                new TableRow("8", "", "八、其他收入", r8)), List.of());
    }

    @Override
    public List<IdentityResult> check(LedgerKey ledger) {
        return identities;
    }

    @Override
    public QueryResult sql(String query) {
        queries.add(query);
        if (!query.toUpperCase().startsWith("SELECT")) {
            throw new IllegalStateException("The database is read only");
        }
        return new QueryResult(List.of("UNIT", "TOTAL"), List.of(List.of("229001", "42683.67")));
    }

    /** Rows an exported query hands over before it fails with {@link #exportFailure}, when that is set. */
    public int rowsBeforeFailure;
    public RuntimeException exportFailure;

    @Override
    public long sql(String query, fiscalledger.shell.service.QueryRows rows) {
        if (exportFailure == null) {
            QueryResult result = sql(query);
            rows.columns(result.columns());
            result.rows().forEach(rows::row);
            return result.rows().size();
        }
        queries.add(query);
        rows.columns(List.of("UNIT", "TOTAL"));
        for (int i = 0; i < rowsBeforeFailure; i++) {
            rows.row(List.of("229001", String.valueOf(i)));
        }
        throw exportFailure;
    }

    @Override
    public ImportSummary importJournal(Path file, ImportProgress progress) {
        progress.advanced(1, 1);
        imports++;
        if (file.getFileName().toString().contains("bad")) {
            return new ImportSummary(file.getFileName().toString(), importedLines, Map.of(), 0, List.of(),
                    List.copyOf(importProblems));
        }
        return new ImportSummary(file.getFileName().toString(), importedLines, Map.of("ExpenditureRecorded", importedEvents), 0,
                List.copyOf(importWarnings), List.of());
    }

    @Override
    public ImportSummary importSample(ImportProgress progress) {
        return new ImportSummary("229001-2024.csv", 10, Map.of("YearOpened", 1L), 0, List.of(), List.of());
    }

    @Override
    public RecordOutcome record(Object command, String reason) {
        recorded.add(command);
        return new RecordOutcome("", List.of());
    }

    @Override
    public Map<String, String> functionCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("2010301", "行政运行");
        codes.put("2010302", "一般行政管理事务");
        codes.put("2080505", "机关事业单位基本养老保险缴费支出");
        return codes;
    }

    @Override
    public Map<String, String> economicCodes() {
        return Map.of("30201", "办公费");
    }

    @Override
    public List<String> projects() {
        return List.of("空白证照购置印刷", "政务信息化工作经费");
    }

}
