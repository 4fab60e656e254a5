package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.Contract;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.MonthlyFacts;
import fiscalledger.projections.facts.MonthlySum;
import fiscalledger.projections.readmodel.Movement;
import fiscalledger.projections.table.AssetSource;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.CellSource;
import fiscalledger.projections.table.ContractSource;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Traces a cell of a public table to what makes it: renders the table (within the cut-off), asks the table which
 * postings make the cell ({@link fiscalledger.projections.table.PublicTable#source}), and answers from one read of
 * the postings summed by dimension and month: the database's count and Σ of the postings that count, broken down by
 * fund, month and child code. The postings themselves are read only as far as they are listed: the first page by
 * ranges of event sequence, or all of them streamed in recording order. 政府采购 cells trace to their contracts,
 * table 10's counts to the asset facts.
 */
public class CellTracer {
    private final PublicTables tables;
    private final PostingLines postings;
    private final CodeNames names;
    private final AssetLines assetLines;

    public CellTracer(PublicTables tables, PostingLines postings, CodeNames names, AssetLines assetLines) {
        this.tables = tables;
        this.postings = postings;
        this.names = names;
        this.assetLines = assetLines;
    }

    /** Every posting of the cell listed (tests, timelines); see {@link #trace(String, LedgerKey, Cutoff, String, String, boolean, int)}. */
    public CellTrace trace(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column,
                           boolean byChild) {
        return trace(tableId, ledger, cutoff, rowRef, column, byChild, Integer.MAX_VALUE);
    }

    /**
     * A money cell and what makes it: the database's count and Σ of its postings (which must equal the cell), its
     * breakdowns, and its postings in recording order — the first {@code limit} of them.
     *
     * @param rowRef    the row's key (行次 or 科目代码, as in the CSV), or its code, or its exact printed name
     * @param column    the column's name or 1-based number; may be null when the table has one column
     * @param byChild   the row must be a 类 or 款 row (its breakdown by child codes is filled for any such row)
     */
    public CellTrace trace(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column,
                           boolean byChild, int limit) {
        Selection s = select(tableId, ledger, cutoff, rowRef, column);
        if (s.assets != null) {
            throw new IllegalArgumentException("table " + s.view.id() + " row " + s.row.key() + " column " + s.column
                    + " is a count from the asset facts, not an amount of money: trace it as a count");
        }
        if (s.contracts != null) {
            return traceContracts(s, byChild, limit);
        }
        CellTrace summary = summary(s, byChild);
        List<TracedPosting> listed = summary.count() == 0 ? List.of()
                : summary.count() <= limit ? all(s) : first(s, summary, limit);
        return new CellTrace(summary.table(), summary.row(), summary.column(), summary.cell(), listed, summary.count(),
                summary.sum(), summary.children(), summary.byFund(), summary.byMonth());
    }

    /** Any traceable cell: money (postings or contracts) or a count of table 10 (asset facts). */
    public Trace traceCell(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column,
                           boolean byChild, int limit) {
        Selection s = select(tableId, ledger, cutoff, rowRef, column);
        if (s.assets != null) {
            if (byChild) {
                throw new IllegalArgumentException("--by-child works on a 类 or 款 row; row " + s.row.key() + " ("
                        + s.row.name() + ") is a count from the asset facts");
            }
            return traceAssets(s);
        }
        return trace(tableId, ledger, cutoff, rowRef, column, byChild, limit);
    }

    /**
     * Every posting (or contract) of a money cell in recording order to {@code sink}, as it is read, without holding
     * them; returns the cell's summary (count, Σ, breakdowns) with no postings listed. For exports of huge cells.
     */
    public CellTrace stream(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column,
                            Consumer<TracedPosting> sink) {
        if (streamCell(tableId, ledger, cutoff, rowRef, column, sink) instanceof CellTrace money) {
            return money;
        }
        throw new IllegalArgumentException("table " + tableId + " row " + rowRef + " is a count from the asset facts,"
                + " not an amount of money: trace it as a count");
    }

    /**
     * Any traceable cell for an export: a money cell streams its postings (or contracts) to {@code sink} and returns
     * its summary; a count of table 10 returns its asset-facts lines (nothing is streamed).
     */
    public Trace streamCell(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column,
                            Consumer<TracedPosting> sink) {
        Selection s = select(tableId, ledger, cutoff, rowRef, column);
        if (s.assets != null) {
            return traceAssets(s);
        }
        if (s.contracts != null) {
            CellTrace all = traceContracts(s, false, Integer.MAX_VALUE);
            all.postings().forEach(sink);
            return all;
        }
        CellTrace summary = summary(s, false);
        if (summary.count() > 0) {
            postings.stream(s.ledger, s.cutoff, narrowing(s), p -> {
                int sign = s.source.sign(p.asSum());
                if (sign != 0) {
                    sink.accept(new TracedPosting(p, sign));
                }
                return true;
            });
        }
        return summary;
    }

    /** The table rendered within the pinned cut-off, the cell, and the rule that says what makes it. */
    private Selection select(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column) {
        String id = tables.resolve(tableId);
        // the table and the postings are read separately: pin both to the events stored so far, so that an entry
        // recorded in between cannot make them disagree
        Cutoff pinned = cutoff.throughSequence() != null ? cutoff
                : postings.lastSequence().map(seq -> new Cutoff(cutoff.throughDate(), seq)).orElse(cutoff);
        MonthlyFacts monthly = tables.factsByMonth(ledger, pinned);
        LedgerFacts facts = monthly.facts();
        TableView view = tables.render(id, facts);
        TableRow row = row(view, rowRef, tables.rowKey(id, rowRef));
        String col = column(view, column);
        Cell cell = row.cell(col);
        Optional<AssetSource> assets = tables.assetSource(id, row, col);
        if (assets.isPresent()) {
            return new Selection(view, row, col, cell, ledger, pinned, monthly, null, null, assets.get());
        }
        Optional<ContractSource> contracts = tables.contractSource(id, row, col);
        if (contracts.isPresent()) {
            if (!(cell instanceof Cell.Figure || cell instanceof Cell.Money || cell instanceof Cell.Empty)) {
                throw notMoney(id, row, col);
            }
            return new Selection(view, row, col, cell, ledger, pinned, monthly, null, contracts.get(), null);
        }
        if (!(cell instanceof Cell.Money || cell instanceof Cell.Empty)) {
            throw notMoney(id, row, col);
        }
        CellSource source = tables.source(id, row, col, facts).orElseThrow(() -> new IllegalArgumentException(
                "table " + id + " cannot say which postings make row " + row.key() + " column " + col
                        + "; trace works on every money cell of tables 01–10, balances, the money columns of perf"
                        + " (not 目标申报数, which is declared, not posted) and the notes' 政府采购 amounts"));
        return new Selection(view, row, col, cell, ledger, pinned, monthly, source, null, null);
    }

    private static IllegalArgumentException notMoney(String id, TableRow row, String col) {
        return new IllegalArgumentException("table " + id + " row " + row.key() + " column " + col
                + " is not an amount of money, so it has no postings to trace");
    }

    private record Selection(TableView view, TableRow row, String column, Cell cell, LedgerKey ledger, Cutoff cutoff,
                             MonthlyFacts monthly, CellSource source, ContractSource contracts, AssetSource assets) {
        Fen amount() {
            return cell instanceof Cell.Money m ? m.amount() : Fen.ZERO;
        }
    }

    /**
     * The cell's count, Σ and breakdowns from the database's monthly sums of the groups of postings that count for
     * it (the same rule that computed the cell, applied to the same groups), without reading a posting.
     */
    private CellTrace summary(Selection s, boolean byChild) {
        FunctionCode parent = functionCode(s.row);
        if (byChild && (parent == null || parent.isItem())) {
            throw new IllegalArgumentException("--by-child works on a 类 or 款 row; row " + s.row.key() + " ("
                    + s.row.name() + ") has no child rows");
        }
        boolean children = parent != null && !parent.isItem();
        int childLength = parent == null ? 0 : parent.value().length() + 2;
        long count = 0;
        long sum = 0;
        Map<String, long[]> byCode = new TreeMap<>();
        Map<Fund, long[]> byFund = new EnumMap<>(Fund.class);
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        for (MonthlySum m : s.monthly.monthly()) {
            int sign = s.source.sign(m.sum());
            if (sign == 0) {
                continue;
            }
            long amount = sign * m.sum().amount().value();
            count += m.postings();
            sum = Math.addExact(sum, amount);
            add(byFund.computeIfAbsent(m.sum().fund(), f -> new long[3]), amount, m);
            add(byMonth.computeIfAbsent(m.month(), f -> new long[3]), amount, m);
            if (children) {
                String code = m.sum().function().value();
                add(byCode.computeIfAbsent(code.length() >= childLength ? code.substring(0, childLength) : code,
                        c -> new long[3]), amount, m);
            }
        }
        List<ChildAmount> childAmounts = new ArrayList<>();
        byCode.forEach((code, acc) -> childAmounts.add(new ChildAmount(code,
                names.functionName(FunctionCode.of(code)), Fen.of(acc[0]), (int) acc[1])));
        List<CellPart> funds = new ArrayList<>();
        byFund.forEach((fund, acc) -> funds.add(new CellPart(fund.name(), fund.label(), Fen.of(acc[0]), acc[1], acc[2])));
        List<CellPart> months = new ArrayList<>();
        byMonth.forEach((month, acc) -> months.add(new CellPart(month.toString(), "", Fen.of(acc[0]), acc[1], acc[2])));
        return new CellTrace(s.view, s.row, s.column, s.amount(), List.of(), count, Fen.of(sum), childAmounts, funds,
                months);
    }

    private static void add(long[] acc, long amount, MonthlySum m) {
        acc[0] = Math.addExact(acc[0], amount);
        acc[1] += m.postings();
        acc[2] = Math.max(acc[2], m.lastSequence());
    }

    /** Every posting of the cell, read with only the movements, funds and codes of the groups that count for it. */
    private List<TracedPosting> all(Selection s) {
        List<TracedPosting> traced = new ArrayList<>();
        postings.stream(s.ledger, s.cutoff, narrowing(s), p -> {
            int sign = s.source.sign(p.asSum());
            if (sign != 0) {
                traced.add(new TracedPosting(p, sign));
            }
            return true;
        });
        return traced;
    }

    /**
     * The first postings of a cell too big to list. Where the cell is dense among the year's postings they are
     * found by ranges of event sequence from its first posting on (reading about as many rows as listed); where it
     * is sparse, by its movements, funds and codes (reading only those postings), whichever reads fewer rows.
     */
    private List<TracedPosting> first(Selection s, CellTrace summary, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        PostingLines.Narrowing narrowing = narrowing(s);
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        long narrowed = 0;
        for (MonthlySum m : s.monthly.monthly()) {
            if (s.source.sign(m.sum()) != 0) {
                from = Math.min(from, m.firstSequence());
                to = Math.max(to, m.lastSequence());
            }
            if (narrowing.movements().contains(m.sum().movement().code())
                    && narrowing.funds().contains(m.sum().fund().name())
                    && narrowing.functions().contains(m.sum().function().value())) {
                narrowed += m.postings();
            }
        }
        long span = to - from + 1;
        // the cell's postings are spread over [from, to]: about limit × span / count rows hold the first page
        long page = 2L * limit * span / Math.max(1, summary.count());
        if (page >= narrowed / 2) {
            List<TracedPosting> traced = new ArrayList<>();
            postings.stream(s.ledger, s.cutoff, narrowing, p -> {
                int sign = s.source.sign(p.asSum());
                if (sign != 0) {
                    traced.add(new TracedPosting(p, sign));
                }
                return traced.size() < limit;
            });
            return traced;
        }
        return postings.first(s.ledger, s.cutoff, from, to, Math.max(64, page), p -> s.source.sign(p) != 0, limit)
                .stream().map(p -> new TracedPosting(p, s.source.sign(p.asSum()))).toList();
    }

    private static PostingLines.Narrowing narrowing(Selection s) {
        Set<String> movements = new TreeSet<>();
        Set<String> funds = new TreeSet<>();
        Set<String> functions = new TreeSet<>();
        for (MonthlySum m : s.monthly.monthly()) {
            if (s.source.sign(m.sum()) != 0) {
                movements.add(m.sum().movement().code());
                funds.add(m.sum().fund().name());
                functions.add(m.sum().function().value());
            }
        }
        return new PostingLines.Narrowing(movements, funds, functions);
    }

    /**
     * A 政府采购 cell: the contracts (as trace lines of movement contract) whose measure adds up to it. A money cell
     * is compared in fen; a printed figure has no fen, so the exact sum stands for it when it prints the same.
     */
    private CellTrace traceContracts(Selection s, boolean byChild, int limit) {
        if (byChild) {
            throw new IllegalArgumentException("--by-child works on a 类 or 款 row; row " + s.row.key() + " ("
                    + s.row.name() + ") is a sum of procurement contracts");
        }
        List<TracedPosting> traced = new ArrayList<>();
        long sum = 0;
        long count = 0;
        // a contract moves no money, so it has no fund; its signing date breaks it down by month
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        for (Contract c : s.monthly.facts().contracts()) {
            if (s.contracts.which().test(c)) {
                Fen part = s.contracts.contribution(c);
                if (traced.size() < limit) {
                    traced.add(new TracedPosting(asLine(c, part), 1));
                }
                count++;
                sum = Math.addExact(sum, part.value());
                long[] month = byMonth.computeIfAbsent(YearMonth.from(c.date()), m -> new long[3]);
                month[0] = Math.addExact(month[0], part.value());
                month[1]++;
                month[2] = Math.max(month[2], c.sequence());
            }
        }
        List<CellPart> months = new ArrayList<>();
        byMonth.forEach((month, acc) -> months.add(new CellPart(month.toString(), "", Fen.of(acc[0]), acc[1], acc[2])));
        Fen total = Fen.of(sum);
        Fen cell;
        if (s.cell instanceof Cell.Figure printed) {
            // an amount the notes word in 万元 (a figure, "0.00" when nothing): its contracts must round to it
            BigDecimal printedWan = printed.value();
            cell = total.toWan(printedWan.scale()).compareTo(printedWan) == 0 ? total
                    : Fen.of(printedWan.movePointRight(6).longValueExact());
        } else {
            cell = s.amount();
        }
        return new CellTrace(s.view, s.row, s.column, cell, traced, count, total, List.of(), List.of(), months);
    }

    /** A count of table 10: the row's lines in every asset-facts record within the cut-off, those in force counting. */
    private AssetTrace traceAssets(Selection s) {
        long cell = s.cell instanceof Cell.Count c ? c.value() : 0;
        List<AssetLine> lines = assetLines.of(s.ledger, s.cutoff).stream()
                .filter(l -> s.assets.counts(l.item())).toList();
        return new AssetTrace(s.view, s.row, s.column, cell, lines);
    }

    /** A contract as a trace line: no fund or 功能科目 (a contract moves no money), its measure as the amount. */
    private static PostingLine asLine(Contract c, Fen part) {
        String memo = c.supplier() == null || c.supplier().isEmpty() ? c.memo()
                : (c.memo() == null || c.memo().isEmpty() ? "" : c.memo() + " ") + "供应商 " + c.supplier();
        return new PostingLine(c.sequence(), 0, c.voucher(), c.date(), memo, Movement.CONTRACT, null, null, null, null,
                c.project(), c.category(), part, c.sme(), c.smallMicro(), null, null, null, c.recordedBy(), null);
    }

    private static FunctionCode functionCode(TableRow row) {
        String code = row.code();
        if (code == null || !code.matches("\\d{3}(\\d{2}){0,2}")) {
            return null;
        }
        return FunctionCode.of(code);
    }

    /** The row a reference names: its printed key, else the key the table says it means, else its code or name. */
    private static final java.util.regex.Pattern LEADING_NUMERAL = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");

    static TableRow row(TableView view, String ref, Optional<String> meant) {
        String r = ref.strip();
        for (String key : meant.isPresent() ? List.of(r, meant.get()) : List.of(r)) {
            for (TableRow row : view.rows()) {
                if (row.key().equals(key)) {
                    return row;
                }
            }
        }
        for (TableRow row : view.rows()) {
            if (r.equals(row.code()) || r.equals(row.name()) || r.equals(row.name().strip())) {
                return row;
            }
        }
        // 01 and 04 print 一、一般公共服务支出 where the expected CSV names the row 一般公共服务支出: either names it
        for (TableRow row : view.rows()) {
            if (r.equals(LEADING_NUMERAL.matcher(row.name().strip()).replaceFirst(""))) {
                return row;
            }
        }
        throw new IllegalArgumentException("table " + view.id() + " has no row '" + ref + "' (give the 行次, the "
                + "科目代码 or the printed name; `show " + view.id() + " --format csv` lists them)");
    }

    static String column(TableView view, String column) {
        List<String> columns = view.columns();
        if (column == null || column.isBlank()) {
            if (columns.size() == 1) {
                return columns.get(0);
            }
            throw new IllegalArgumentException("table " + view.id() + " has " + columns.size()
                    + " columns; name one: " + String.join(", ", columns));
        }
        String c = column.strip();
        if (columns.contains(c)) {
            return c;
        }
        if (c.matches("\\d{1,2}")) {
            int n = Integer.parseInt(c);
            if (n >= 1 && n <= columns.size()) {
                return columns.get(n - 1);
            }
        }
        throw new IllegalArgumentException("table " + view.id() + " has no column '" + column + "'; columns are "
                + String.join(", ", columns));
    }
}
