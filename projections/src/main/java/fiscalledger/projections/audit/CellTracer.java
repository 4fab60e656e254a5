package fiscalledger.projections.audit;

import fiscalledger.projections.facts.Contract;
import fiscalledger.projections.readmodel.Movement;
import fiscalledger.projections.table.ContractSource;
import java.util.Optional;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.catalog.CodeNames;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingSum;
import fiscalledger.projections.table.Cell;
import fiscalledger.projections.table.CellSource;
import fiscalledger.projections.table.TableRow;
import fiscalledger.projections.table.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Traces a cell of a public table to its postings: renders the table (within the cut-off), asks the table which
 * postings make the cell ({@link fiscalledger.projections.table.PublicTable#source}), reads them and adds them up.
 */
public class CellTracer {
    private final PublicTables tables;
    private final PostingLines postings;
    private final CodeNames names;

    public CellTracer(PublicTables tables, PostingLines postings, CodeNames names) {
        this.tables = tables;
        this.postings = postings;
        this.names = names;
    }

    /**
     * @param rowRef    the row's key (行次 or 科目代码, as in the CSV), or its code, or its exact printed name
     * @param column    the column's name or 1-based number; may be null when the table has one column
     * @param byChild   also break the cell down by the row's child codes (a 类 row by 款, a 款 row by 项)
     */
    public CellTrace trace(String tableId, LedgerKey ledger, Cutoff cutoff, String rowRef, String column,
                           boolean byChild) {
        String id = tables.resolve(tableId);
        // the table and the postings are read separately: pin both to the events stored so far, so that an entry
        // recorded in between cannot make them disagree
        Cutoff pinned = cutoff.throughSequence() != null ? cutoff
                : postings.lastSequence().map(seq -> new Cutoff(cutoff.throughDate(), seq)).orElse(cutoff);
        LedgerFacts facts = tables.facts(ledger, pinned);
        TableView view = tables.render(id, facts);
        TableRow row = row(view, rowRef);
        String col = column(view, column);
        Cell cell = row.cell(col);
        Optional<ContractSource> contracts = tables.contractSource(id, row, col);
        if (contracts.isPresent() && cell instanceof Cell.Figure printed) {
            // an amount the notes word in 万元 (a figure, "0.00" when nothing): its contracts must round to it
            return traceContracts(view, row, col, printed.value(), contracts.get(), facts, byChild, null);
        }
        if (!(cell instanceof Cell.Money || cell instanceof Cell.Empty)) {
            throw new IllegalArgumentException("table " + id + " row " + row.key() + " column " + col
                    + " is not an amount of money, so it has no postings to trace");
        }
        Fen amount = cell instanceof Cell.Money m ? m.amount() : Fen.ZERO;
        if (contracts.isPresent()) {
            return traceContracts(view, row, col, amount.toWan(view.moneyDecimals()), contracts.get(), facts,
                    byChild, amount);
        }
        CellSource source = tables.source(id, row, col).orElseThrow(() -> new IllegalArgumentException(
                "table " + id + " cannot say which postings make row " + row.key() + " column " + col
                        + "; trace works on tables 01, 02, 03, 04, 05, 07, 08, 10 (政府采购), balances, the money"
                        + " columns of perf and the notes' 政府采购 amounts"));
        List<TracedPosting> traced = new ArrayList<>();
        long sum = 0;
        // read only postings with the movements, funds and codes of the summed groups that count for the cell
        Set<String> movements = new TreeSet<>();
        Set<String> funds = new TreeSet<>();
        Set<String> functions = new TreeSet<>();
        for (PostingSum s : facts.sums()) {
            if (source.sign(s) != 0) {
                movements.add(s.movement().code());
                funds.add(s.fund().name());
                functions.add(s.function().value());
            }
        }
        List<PostingLine> candidates = movements.isEmpty() ? List.of()
                : postings.of(ledger, pinned, new PostingLines.Narrowing(movements, funds, functions));
        for (PostingLine p : candidates) {
            int sign = source.sign(p.asSum());
            if (sign != 0) {
                TracedPosting t = new TracedPosting(p, sign);
                traced.add(t);
                sum = Math.addExact(sum, t.contribution().value());
            }
        }
        return new CellTrace(view, row, col, amount, List.copyOf(traced), Fen.of(sum),
                byChild ? children(row, traced) : List.of());
    }

    /**
     * A 政府采购 cell: the contracts (as trace lines of movement contract) whose measure adds up to it. A money cell
     * is compared in fen; a printed figure has no fen, so the exact sum stands for it when it prints the same.
     */
    private CellTrace traceContracts(TableView view, TableRow row, String col, java.math.BigDecimal printedWan,
                                     ContractSource source, LedgerFacts facts, boolean byChild, Fen exactCell) {
        if (byChild) {
            throw new IllegalArgumentException("--by-child works on a 类 or 款 row; row " + row.key() + " ("
                    + row.name() + ") is a sum of procurement contracts");
        }
        List<TracedPosting> traced = new ArrayList<>();
        long sum = 0;
        for (Contract c : facts.contracts()) {
            if (source.which().test(c)) {
                Fen part = source.contribution(c);
                traced.add(new TracedPosting(asLine(c, part), 1));
                sum = Math.addExact(sum, part.value());
            }
        }
        Fen total = Fen.of(sum);
        Fen cell = exactCell != null ? exactCell
                : total.toWan(printedWan.scale()).compareTo(printedWan) == 0 ? total
                : Fen.of(printedWan.movePointRight(6).longValueExact());
        return new CellTrace(view, row, col, cell, List.copyOf(traced), total, List.of());
    }

    /** A contract as a trace line: no fund or 功能科目 (a contract moves no money), its measure as the amount. */
    private static PostingLine asLine(Contract c, Fen part) {
        String memo = c.supplier() == null || c.supplier().isEmpty() ? c.memo()
                : (c.memo() == null || c.memo().isEmpty() ? "" : c.memo() + " ") + "供应商 " + c.supplier();
        return new PostingLine(c.sequence(), 0, c.voucher(), c.date(), memo, Movement.CONTRACT, null, null, null, null,
                c.project(), c.category(), part, c.sme(), c.smallMicro(), null, null, null, c.recordedBy(), null);
    }

    private List<ChildAmount> children(TableRow row, List<TracedPosting> traced) {
        FunctionCode parent = functionCode(row);
        if (parent == null || parent.isItem()) {
            throw new IllegalArgumentException("--by-child works on a 类 or 款 row; row " + row.key() + " ("
                    + row.name() + ") has no child rows");
        }
        int childLength = parent.value().length() + 2;
        Map<String, long[]> byChild = new TreeMap<>();
        for (TracedPosting t : traced) {
            String code = t.posting().function().value();
            String child = code.length() >= childLength ? code.substring(0, childLength) : code;
            long[] acc = byChild.computeIfAbsent(child, c -> new long[2]);
            acc[0] = Math.addExact(acc[0], t.contribution().value());
            acc[1]++;
        }
        List<ChildAmount> children = new ArrayList<>();
        byChild.forEach((code, acc) -> children.add(new ChildAmount(code, names.functionName(FunctionCode.of(code)),
                Fen.of(acc[0]), (int) acc[1])));
        return List.copyOf(children);
    }

    private static FunctionCode functionCode(TableRow row) {
        String code = row.code();
        if (code == null || !code.matches("\\d{3}(\\d{2}){0,2}")) {
            return null;
        }
        return FunctionCode.of(code);
    }

    static TableRow row(TableView view, String ref) {
        String r = ref.strip();
        for (TableRow row : view.rows()) {
            if (row.key().equals(r)) {
                return row;
            }
        }
        for (TableRow row : view.rows()) {
            if (r.equals(row.code()) || r.equals(row.name()) || r.equals(row.name().strip())) {
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
