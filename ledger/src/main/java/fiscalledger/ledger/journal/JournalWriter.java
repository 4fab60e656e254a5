package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

import static fiscalledger.ledger.journal.Column.*;

/**
 * Writes commands as a CSV journal that {@link JournalReader} reads back to the same commands and that Excel opens
 * as it is: only the columns some line uses, CRLF line ends, and text cells that Excel would take for a formula
 * guarded by an apostrophe ({@link CellText}). {@link #write(Path, List, List)} adds the BOM by which Excel
 * recognises UTF-8.
 */
public final class JournalWriter {
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").get();

    private final HeaderLanguage language;

    public JournalWriter(HeaderLanguage language) {
        this.language = language;
    }

    public void write(Path file, List<RegisterCodeCommand> codes, List<? extends LedgerCommand> commands) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            write(out, codes, commands);
        }
    }

    public String toCsv(List<RegisterCodeCommand> codes, List<? extends LedgerCommand> commands) {
        StringBuilder out = new StringBuilder();
        try {
            write(out, codes, commands);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    public void write(Appendable out, List<RegisterCodeCommand> codes, List<? extends LedgerCommand> commands) throws IOException {
        List<Map<Column, String>> rows = new ArrayList<>();
        for (RegisterCodeCommand code : codes) {
            Map<Column, String> row = row(LineType.CODE);
            row.put(CODE_KIND, value(code.kind()));
            row.put(CODE, code.code());
            row.put(NAME, code.name());
            rows.add(row);
        }
        for (LedgerCommand command : commands) {
            rows.addAll(rows(command));
        }
        EnumSet<Column> used = EnumSet.of(TYPE);
        rows.forEach(r -> r.forEach((c, v) -> {
            if (v != null && !v.isEmpty()) {
                used.add(c);
            }
        }));
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(used.stream().map(c -> c.header(language)).toList());
        for (Map<Column, String> row : rows) {
            List<String> cells = new ArrayList<>(used.size());
            for (Column c : used) {
                String v = row.get(c);
                cells.add(v == null ? "" : isText(c) ? CellText.guard(v) : v);
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private List<Map<Column, String>> rows(LedgerCommand command) {
        if (command instanceof OpenYearCommand c) {
            Map<Column, String> header = base(LineType.OPEN_YEAR, c);
            header.put(UNIT_NAME, c.unitName());
            header.put(DEPARTMENT_CODE, c.departmentCode());
            header.put(DEPARTMENT_NAME, c.departmentName());
            header.put(UNIT_TYPE, value(c.unitType()));
            header.put(CARRY_FORWARD, c.carryForward() ? "yes" : null);
            List<Map<Column, String>> rows = new ArrayList<>(List.of(header));
            for (OpeningBalance b : c.openingBalances()) {
                Map<Column, String> row = detail(LineType.OPENING, c);
                row.put(FUND, value(b.fund()));
                row.put(FUNCTION, b.function().value());
                row.put(AMOUNT, b.amount().toString());
                rows.add(row);
            }
            return rows;
        }
        if (command instanceof ApproveInitialBudgetCommand c) {
            Map<Column, String> row = base(LineType.BUDGET, c);
            line(row, c.line(), FUND, FUNCTION, KIND, PROJECT, ECONOMIC);
            row.put(AMOUNT, c.amount().toString());
            return List.of(row);
        }
        if (command instanceof AdjustBudgetCommand c) {
            Map<Column, String> row = base(LineType.ADJUST, c);
            row.put(ADJUSTMENT, value(c.type()));
            line(row, c.type() == AdjustmentType.DECREASE ? c.from() : c.to(), FUND, FUNCTION, KIND, PROJECT, ECONOMIC);
            if (c.type() == AdjustmentType.TRANSFER) {
                line(row, c.from(), FROM_FUND, FROM_FUNCTION, FROM_KIND, FROM_PROJECT, FROM_ECONOMIC);
            }
            row.put(AMOUNT, c.amount().toString());
            row.put(DOCUMENT, c.approvalDocument());
            return List.of(row);
        }
        if (command instanceof ReceiveAppropriationCommand c) {
            return List.of(money(LineType.APPROPRIATION, c, c.fund(), c.function(), c.amount()));
        }
        if (command instanceof ReceiveOtherIncomeCommand c) {
            return List.of(money(LineType.INCOME, c, c.source(), c.function(), c.amount()));
        }
        if (command instanceof UseNonFiscalBalanceCommand c) {
            return List.of(money(LineType.USE_BALANCE, c, c.source(), c.function(), c.amount()));
        }
        if (command instanceof DistributeSurplusCommand c) {
            return List.of(money(LineType.DISTRIBUTE, c, c.source(), c.function(), c.amount()));
        }
        if (command instanceof RecordExpenditureCommand c) {
            Map<Column, String> row = money(LineType.EXPENSE, c, c.fund(), c.function(), c.amount());
            row.put(ECONOMIC, c.economic().value());
            row.put(KIND, value(c.kind()));
            row.put(PROJECT, c.project());
            if (c.procurement() != null) {
                row.put(PROCUREMENT, value(c.procurement()));
                row.put(SME_AMOUNT, nonZero(c.smeAmount()));
                row.put(SMALL_MICRO_AMOUNT, nonZero(c.smallMicroAmount()));
            }
            return List.of(row);
        }
        if (command instanceof ReverseEntryCommand c) {
            Map<Column, String> row = base(LineType.REVERSE, c);
            row.put(REVERSED_VOUCHER, c.reversedVoucher());
            row.put(REASON, c.reason());
            return List.of(row);
        }
        if (command instanceof CloseYearCommand c) {
            return List.of(base(LineType.CLOSE_YEAR, c));
        }
        if (command instanceof RecordAssetFactsCommand c) {
            List<Map<Column, String>> rows = new ArrayList<>(List.of(base(LineType.ASSETS, c)));
            new TreeMap<>(c.vehicles()).forEach((use, quantity) -> {
                Map<Column, String> row = detail(LineType.VEHICLE, c);
                row.put(VEHICLE_USE, value(use));
                row.put(QUANTITY, Integer.toString(quantity));
                rows.add(row);
            });
            if (c.largeEquipment() != 0) {
                Map<Column, String> row = detail(LineType.EQUIPMENT, c);
                row.put(QUANTITY, Integer.toString(c.largeEquipment()));
                rows.add(row);
            }
            return rows;
        }
        if (command instanceof RecordPerformanceEvaluationCommand c) {
            Map<Column, String> header = base(LineType.PERFORMANCE, c);
            header.put(PROJECT, c.project());
            header.put(DECLARED_TARGET, c.declaredTarget().toString());
            List<Map<Column, String>> rows = new ArrayList<>(List.of(header));
            for (IndicatorScore score : c.indicators()) {
                Map<Column, String> row = detail(LineType.INDICATOR, c);
                row.put(INDICATOR_LEVEL1, score.level1());
                row.put(INDICATOR_LEVEL2, score.level2());
                row.put(INDICATOR, score.name());
                row.put(WEIGHT, plain(score.weight()));
                row.put(SCORE, plain(score.score()));
                rows.add(row);
            }
            return rows;
        }
        throw new IllegalArgumentException("the journal format has no line type for " + command.getClass().getSimpleName());
    }

    private Map<Column, String> row(LineType type) {
        Map<Column, String> row = new EnumMap<>(Column.class);
        row.put(TYPE, language == HeaderLanguage.CHINESE ? type.label() : type.english());
        return row;
    }

    private Map<Column, String> base(LineType type, LedgerCommand c) {
        Map<Column, String> row = detail(type, c);
        row.put(DATE, date(c.date()));
        row.put(MEMO, c.memo());
        return row;
    }

    /** Detail lines carry only what joins them to their header; the header has the date and memo. */
    private Map<Column, String> detail(LineType type, LedgerCommand c) {
        Map<Column, String> row = row(type);
        row.put(UNIT, c.unit().value());
        row.put(YEAR, c.year().toString());
        row.put(VOUCHER, c.voucher());
        return row;
    }

    private Map<Column, String> money(LineType type, LedgerCommand c, Fund fund, FunctionCode function, Fen amount) {
        Map<Column, String> row = base(type, c);
        row.put(FUND, value(fund));
        row.put(FUNCTION, function.value());
        row.put(AMOUNT, amount.toString());
        return row;
    }

    private void line(Map<Column, String> row, BudgetLine line, Column fund, Column function, Column kind,
                      Column project, Column economic) {
        row.put(fund, value(line.fund()));
        row.put(function, line.function().value());
        row.put(kind, value(line.kind()));
        row.put(project, line.project());
        row.put(economic, line.economic() == null ? null : line.economic().value());
    }

    private <E extends Enum<E> & Labelled> String value(E e) {
        return e == null ? null : language == HeaderLanguage.CHINESE ? e.label() : e.name();
    }

    private static String nonZero(Fen fen) {
        return fen == null || fen.isZero() ? null : fen.toString();
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Free text the officer typed; everything else is a number, code, date or fixed label Excel cannot misread as a formula. */
    private static boolean isText(Column c) {
        return switch (c) {
            case MEMO, PROJECT, FROM_PROJECT, VOUCHER, REVERSED_VOUCHER, DOCUMENT, REASON, UNIT_NAME,
                    DEPARTMENT_NAME, DEPARTMENT_CODE, INDICATOR_LEVEL1, INDICATOR_LEVEL2, INDICATOR, NAME -> true;
            default -> false;
        };
    }
}
