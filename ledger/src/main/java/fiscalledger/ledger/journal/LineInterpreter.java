package fiscalledger.ledger.journal;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.journal.Interpreted.VoucherKey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fiscalledger.ledger.journal.Column.*;

/**
 * Gives one {@link RawLine} its meaning: the line type decides which columns are required, which are optional and
 * which must stay empty; every cell is checked and every problem reported, not just the first. A line with a
 * problem is also kept as an {@link UnreadLine}, for what may follow from it.
 */
final class LineInterpreter {
    private final List<EntryProblem> problems;
    private final List<UnreadLine> unread;

    LineInterpreter(List<EntryProblem> problems, List<UnreadLine> unread) {
        this.problems = problems;
        this.unread = unread;
    }

    /** Vehicles of one use on an {@code assets} voucher. */
    record VehicleCount(VehicleUse use, int quantity) {
    }

    Optional<Interpreted> interpret(RawLine raw) {
        LineType type = lineType(raw);
        if (type == null) {
            unread.add(UnreadLine.of(raw));
            return Optional.empty();
        }
        LineFields f = new LineFields(raw, type, problems);
        for (Column column : raw.values().keySet()) {
            if (!type.uses(column)) {
                f.problem(column, "does not apply to a " + type.describe() + " line; leave it empty (or check the line type)");
            }
        }
        if (type == LineType.CODE) {
            return code(f);
        }
        UnitCode unit = f.required(UNIT, UnitCode::new);
        FiscalYear year = f.required(YEAR, FiscalYear::parse);
        String voucher = f.requiredText(VOUCHER);
        LocalDate date = type.isDetail() ? f.optional(DATE, JournalDates::parse) : f.required(DATE, JournalDates::parse);
        if (date != null && year != null && !year.contains(date)) {
            f.problem(DATE, date + " is not in fiscal year " + year + "; a year's entries are dated inside it");
        }
        String memo = f.text(MEMO);
        VoucherKey key = unit != null && year != null && voucher != null ? new VoucherKey(unit, year, voucher) : null;
        Object built = switch (type) {
            case OPEN_YEAR -> openYear(f, unit, year, voucher, date, memo);
            case OPENING -> new OpeningBalance(f.required(FUND, Fund::parse), f.required(FUNCTION, Cells::functionItem),
                    f.required(AMOUNT, Cells::positiveAmount));
            case BUDGET -> new ApproveInitialBudgetCommand(unit, year, voucher, date, memo, budgetLine(f), f.required(AMOUNT, Cells::positiveAmount));
            case ADJUST -> adjust(f, unit, year, voucher, date, memo);
            case APPROPRIATION -> new ReceiveAppropriationCommand(unit, year, voucher, date, memo, fund(f, true),
                    f.required(FUNCTION, Cells::functionItem), f.required(AMOUNT, Cells::positiveAmount));
            case INCOME -> new ReceiveOtherIncomeCommand(unit, year, voucher, date, memo, fund(f, false),
                    f.required(FUNCTION, Cells::functionItem), f.required(AMOUNT, Cells::positiveAmount));
            case EXPENSE -> expense(f, unit, year, voucher, date, memo);
            case CONTRACT -> contract(f, unit, year, voucher, date, memo);
            case USE_BALANCE -> new UseNonFiscalBalanceCommand(unit, year, voucher, date, memo, fund(f, false),
                    f.required(FUNCTION, Cells::functionItem), f.required(AMOUNT, Cells::positiveAmount));
            case DISTRIBUTE -> new DistributeSurplusCommand(unit, year, voucher, date, memo, f.required(FUND, Fund::parse),
                    f.required(FUNCTION, Cells::functionItem), f.required(AMOUNT, Cells::positiveAmount));
            case REVERSE -> reverse(f, unit, year, voucher, date, memo);
            case CLOSE_YEAR -> new CloseYearCommand(unit, year, voucher, date, memo);
            case ASSETS -> new RecordAssetFactsCommand(unit, year, voucher, date, memo, Map.of(), 0);
            case VEHICLE -> new VehicleCount(f.required(VEHICLE_USE, VehicleUse::parse), orZero(f.required(QUANTITY, Cells::quantity)));
            case EQUIPMENT -> orZero(f.required(QUANTITY, Cells::quantity));
            case PERFORMANCE -> new RecordPerformanceEvaluationCommand(unit, year, voucher, date, memo,
                    f.requiredText(PROJECT), f.required(DECLARED_TARGET, Cells::nonNegativeAmount), List.of());
            case INDICATOR -> indicator(f);
            case CODE -> throw new IllegalStateException("handled above");
        };
        if (!f.clean()) {
            unread.add(UnreadLine.of(raw));
            return key == null ? Optional.empty() : Optional.of(new Interpreted.Broken(raw, type, key));
        }
        return Optional.of(type.isDetail() ? new Interpreted.Detail(raw, type, key, built)
                : new Interpreted.Entry(raw, type, key, (LedgerCommand) built));
    }

    private LineType lineType(RawLine raw) {
        LineFields f = new LineFields(raw, null, problems);
        if (!raw.has(TYPE)) {
            f.problem(TYPE, "is empty; every line needs its line type (e.g. expense or 支出)");
            return null;
        }
        try {
            return LineType.parse(raw.value(TYPE));
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (LineType t : LineType.values()) {
                known.append(known.isEmpty() ? "" : ", ").append(t.english()).append(" (").append(t.label()).append(')');
            }
            f.problem(TYPE, "'" + raw.value(TYPE) + "' is not a line type; use one of " + known);
            return null;
        }
    }

    private Optional<Interpreted> code(LineFields f) {
        CodeKind kind = f.required(CODE_KIND, CodeKind::parse);
        String code = f.required(CODE, text -> kind == null ? text : kind.code(text));
        String name = f.requiredText(NAME);
        if (!f.clean()) {
            unread.add(UnreadLine.of(f.raw()));
            return Optional.empty();
        }
        return Optional.of(new Interpreted.Code(f.raw(), new RegisterCodeCommand(kind, code, name)));
    }

    private OpenYearCommand openYear(LineFields f, UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) {
        String unitName = f.requiredText(UNIT_NAME);
        UnitType unitType = f.required(UNIT_TYPE, UnitType::parse);
        Boolean carryForward = f.optional(CARRY_FORWARD, Cells::yesNo);
        return new OpenYearCommand(unit, year, voucher, date, memo, unitName, f.text(DEPARTMENT_CODE),
                f.text(DEPARTMENT_NAME), unitType, List.of(), Boolean.TRUE.equals(carryForward));
    }

    private static Fund fund(LineFields f, boolean fiscal) {
        Fund fund = f.required(FUND, Fund::parse);
        if (fund != null && fund.isFiscal() != fiscal) {
            f.problem(FUND, fund.label() + (fiscal
                    ? " is not a fiscal appropriation; a " + f.type().describe() + " line takes 一般公共预算财政拨款, 政府性基金预算财政拨款 or 国有资本经营预算财政拨款"
                    : " is a fiscal appropriation; a " + f.type().describe() + " line takes a non-fiscal source (上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入)"));
            return null;
        }
        return fund;
    }

    private static BudgetLine budgetLine(LineFields f) {
        return line(f, FUND, FUNCTION, KIND, PROJECT, ECONOMIC);
    }

    private static BudgetLine line(LineFields f, Column fundColumn, Column functionColumn, Column kindColumn,
                                   Column projectColumn, Column economicColumn) {
        Fund fund = f.required(fundColumn, Fund::parse);
        FunctionCode function = f.required(functionColumn, Cells::functionItem);
        SpendingKind kind = f.required(kindColumn, SpendingKind::parse);
        String project = f.text(projectColumn);
        EconomicCode economic = f.optional(economicColumn, Cells::economicItem);
        projectMatchesKind(f, kind, project, projectColumn);
        return fund == null || function == null || kind == null ? null : new BudgetLine(fund, function, kind, project, economic);
    }

    private static void projectMatchesKind(LineFields f, SpendingKind kind, String project, Column projectColumn) {
        if (kind == SpendingKind.PROJECT && project.isEmpty()) {
            f.problem(projectColumn, "is required when the spending kind is 项目支出; name the project");
        } else if (kind != null && kind.isBasic() && !project.isEmpty()) {
            f.problem(projectColumn, "'" + project + "' is a project but the spending kind is " + kind.label()
                    + "; 基本支出 has no project (use 项目支出, or leave the project empty)");
        }
    }

    private static AdjustBudgetCommand adjust(LineFields f, UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) {
        AdjustmentType type = f.required(ADJUSTMENT, AdjustmentType::parse);
        BudgetLine main = budgetLine(f);
        Fen amount = f.required(AMOUNT, Cells::positiveAmount);
        String document = f.requiredText(DOCUMENT);
        List<Column> fromColumns = List.of(FROM_FUND, FROM_FUNCTION, FROM_KIND, FROM_PROJECT, FROM_ECONOMIC);
        BudgetLine from = null;
        if (type == AdjustmentType.TRANSFER) {
            from = line(f, FROM_FUND, FROM_FUNCTION, FROM_KIND, FROM_PROJECT, FROM_ECONOMIC);
        } else if (type != null) {
            for (Column c : fromColumns) {
                if (f.has(c)) {
                    f.problem(c, "only a 调剂 moves money from another line; for " + type.label()
                            + " the main columns name the line, so leave the 调出 columns empty");
                }
            }
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case INCREASE -> new AdjustBudgetCommand(unit, year, voucher, date, memo, type, null, main, amount, document);
            case DECREASE -> new AdjustBudgetCommand(unit, year, voucher, date, memo, type, main, null, amount, document);
            case TRANSFER -> new AdjustBudgetCommand(unit, year, voucher, date, memo, type, from, main, amount, document);
        };
    }

    private static RecordExpenditureCommand expense(LineFields f, UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) {
        Fund fund = f.required(FUND, Fund::parse);
        FunctionCode function = f.required(FUNCTION, Cells::functionItem);
        EconomicCode economic = f.required(ECONOMIC, Cells::economicItem);
        SpendingKind kind = f.required(KIND, SpendingKind::parse);
        String project = f.text(PROJECT);
        projectMatchesKind(f, kind, project, PROJECT);
        Fen amount = f.required(AMOUNT, Cells::positiveAmount);
        ProcurementCategory procurement = f.optional(PROCUREMENT, ProcurementCategory::parse);
        Fen sme = f.optional(SME_AMOUNT, Cells::nonNegativeAmount);
        Fen smallMicro = f.optional(SMALL_MICRO_AMOUNT, Cells::nonNegativeAmount);
        if (procurement == null && !f.has(PROCUREMENT)) {
            for (Column c : List.of(SME_AMOUNT, SMALL_MICRO_AMOUNT)) {
                if (f.has(c)) {
                    f.problem(c, "only applies to a 政府采购 payment; fill 采购类别 (procurement) or leave it empty");
                }
            }
        }
        sme = sme == null ? Fen.ZERO : sme;
        smallMicro = smallMicro == null ? Fen.ZERO : smallMicro;
        if (amount != null && sme.compareTo(amount) > 0) {
            f.problem(SME_AMOUNT, sme + " is more than the payment's amount " + amount);
        }
        if (smallMicro.compareTo(sme) > 0) {
            f.problem(SMALL_MICRO_AMOUNT, smallMicro + " is more than the SME amount " + sme
                    + "; small and micro firms are part of the SMEs");
        }
        return new RecordExpenditureCommand(unit, year, voucher, date, memo, fund, function, economic, kind, project,
                procurement, sme, smallMicro, amount);
    }

    private static RecordProcurementContractCommand contract(LineFields f, UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) {
        ProcurementCategory category = f.required(PROCUREMENT, ProcurementCategory::parse);
        Fen amount = f.required(AMOUNT, Cells::positiveAmount);
        Fen sme = f.optional(SME_AMOUNT, Cells::nonNegativeAmount);
        Fen smallMicro = f.optional(SMALL_MICRO_AMOUNT, Cells::nonNegativeAmount);
        sme = sme == null ? Fen.ZERO : sme;
        smallMicro = smallMicro == null ? Fen.ZERO : smallMicro;
        if (amount != null && sme.compareTo(amount) > 0) {
            f.problem(SME_AMOUNT, sme + " is more than the contract amount " + amount);
        }
        if (smallMicro.compareTo(sme) > 0) {
            f.problem(SMALL_MICRO_AMOUNT, smallMicro + " is more than the SME amount " + sme
                    + "; small and micro firms are part of the SMEs");
        }
        return new RecordProcurementContractCommand(unit, year, voucher, date, memo, f.text(PROJECT), category,
                amount, sme, smallMicro, f.text(SUPPLIER));
    }

    private static ReverseEntryCommand reverse(LineFields f, UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo) {
        String reversed = f.requiredText(REVERSED_VOUCHER);
        String reason = f.requiredText(REASON);
        if (reversed != null && reversed.equals(voucher)) {
            f.problem(REVERSED_VOUCHER, "a reversal needs its own voucher number; it cannot reverse itself");
        }
        return new ReverseEntryCommand(unit, year, voucher, date, memo, reversed, reason);
    }

    private static IndicatorScore indicator(LineFields f) {
        String level1 = f.requiredText(INDICATOR_LEVEL1);
        String level2 = f.requiredText(INDICATOR_LEVEL2);
        String name = f.requiredText(Column.INDICATOR);
        BigDecimal weight = f.required(WEIGHT, Cells::points);
        BigDecimal score = f.required(SCORE, Cells::points);
        if (weight != null && score != null && score.compareTo(weight) > 0) {
            f.problem(SCORE, score.toPlainString() + " is more than the indicator's weight " + weight.toPlainString());
        }
        return new IndicatorScore(level1, level2, name, weight, score);
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
