package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.RegisterCodeCommand;

import java.util.ArrayList;
import java.util.List;

import static fiscalledger.ledger.journal.Column.*;

/**
 * A line the reader could not make (part of) an entry of, and what it still tells: its line type, unit, year, voucher,
 * function code (of a budget line: the line it gives its budget) and, for a {@code code} line, the code. Each is null where the cell is empty or does not read, and null means "may be
 * anything". Its problem is listed already, so whatever may follow from it is not listed again: the ledger's checks of
 * the other lines leave out a year it may open, a voucher it may be, a code it may register.
 */
public record UnreadLine(long line, LineType type, UnitCode unit, FiscalYear year, String voucher,
                         FunctionCode function, CodeKind codeKind, String code, String name) {

    /** A line nothing can be told of: one that does not split into its cells, or the rest of a file whose CSV broke. */
    static UnreadLine unknown(long line) {
        return new UnreadLine(line, null, null, null, null, null, null, null, null);
    }

    /** What the cells of a line with problems still say; a cell that does not read says nothing (no problem is added). */
    static UnreadLine of(RawLine raw) {
        return new UnreadLine(raw.line(), quietly(raw, TYPE, LineType::parse), quietly(raw, UNIT, UnitCode::new),
                quietly(raw, YEAR, FiscalYear::parse), quietly(raw, VOUCHER, String::strip),
                quietly(raw, FUNCTION, Cells::functionItem), quietly(raw, CODE_KIND, CodeKind::parse), quietly(raw, CODE, String::strip), quietly(raw, NAME, String::strip));
    }

    /** Whether this may be the {@code open-year} line of that unit-year. */
    public boolean mayOpen(LedgerKey key) {
        return (type == null || type == LineType.OPEN_YEAR) && in(key);
    }

    /** Whether this may be the {@code close-year} line of that unit-year. */
    public boolean mayClose(LedgerKey key) {
        return (type == null || type == LineType.CLOSE_YEAR) && in(key);
    }

    /**
     * Whether this may be a {@code budget} or {@code adjust} line of that unit-year giving 全年预算 to a budget line of
     * that function code.
     */
    public boolean mayBudget(LedgerKey key, FunctionCode line) {
        return (type == null || type == LineType.BUDGET || type == LineType.ADJUST) && in(key) && fits(function, line);
    }

    /** Whether this may be the entry (a header line, not a detail) with that voucher in that unit-year. */
    public boolean mayBe(LedgerKey key, String voucher) {
        return (type == null || (!type.isDetail() && type != LineType.CODE)) && in(key)
                && (this.voucher == null || voucher == null || this.voucher.equals(voucher.strip()));
    }

    /** Whether this may be the header line of that type that a detail line with this unit, year and voucher belongs to. */
    boolean mayBeHeader(LineType header, Interpreted.VoucherKey detail) {
        return (type == null || type == header) && fits(unit, detail.unit()) && fits(year, detail.year())
                && (voucher == null || voucher.equals(detail.voucher().strip()));
    }

    /**
     * The codes this may register, as the registry would be asked to: of its kind, or of either kind when that does not
     * read; none when the code cell is empty or is no code of any kind.
     */
    public List<RegisterCodeCommand> mayRegister() {
        if (code == null || (type != null && type != LineType.CODE)) {
            return List.of();
        }
        List<RegisterCodeCommand> codes = new ArrayList<>();
        for (CodeKind kind : codeKind == null ? CodeKind.values() : new CodeKind[]{codeKind}) {
            try {
                codes.add(new RegisterCodeCommand(kind, kind.code(code), name == null ? "" : name));
            } catch (IllegalArgumentException notOfThisKind) {
                // not a code of this classification: it cannot be the one an entry uses
            }
        }
        return codes;
    }

    private boolean in(LedgerKey key) {
        return fits(unit, key.unit()) && fits(year, key.year());
    }

    private static <T> boolean fits(T known, T wanted) {
        return known == null || known.equals(wanted);
    }

    private static <T> T quietly(RawLine raw, Column column, LineFields.Parser<T> parser) {
        if (!raw.has(column)) {
            return null;
        }
        try {
            return parser.parse(raw.value(column));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
