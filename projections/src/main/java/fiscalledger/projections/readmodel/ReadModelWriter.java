package fiscalledger.projections.readmodel;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.event.*;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns ledger events into read-model rows. Money movements become postings (one row per movement, every
 * dimension); a reversal inserts the negated copies of the reversed voucher's postings under its own voucher,
 * date and sequence. Inside an Axon unit of work (a tracking processor's batch) postings are buffered and written
 * with one JDBC batch at commit; outside one (tests, tools) they are written at once.
 */
public class ReadModelWriter {
    private static final String BATCH_RESOURCE = ReadModelWriter.class.getName() + ".batch";

    /** The movements {@code postings} holds. */
    private static final List<Movement> POSTED = Arrays.stream(Movement.values()).filter(m -> m != Movement.CONTRACT).toList();

    /**
     * A reversal's copy of the reversed voucher's rows. The voucher is asked for under each movement: the postings'
     * one secondary index leads with (unit, year, movement), and H2 uses an index for a voucher only below all three.
     */
    private static final String REVERSAL = "INSERT INTO postings (seq, line_no, unit, fiscal_year, movement, fund, "
            + "function_code, economic_code, kind, project, procurement, sme_fen, small_micro_fen, amount_fen, voucher, "
            + "business_date, adjustment_type, document, reversed_voucher, reversal_reason, recorded_by, recorded_reason, "
            + "memo) SELECT ?, line_no, unit, fiscal_year, movement, fund, function_code, economic_code, kind, project, "
            + "procurement, -sme_fen, -small_micro_fen, -amount_fen, ?, ?, adjustment_type, document, voucher, ?, ?, ?, ? "
            + "FROM postings WHERE (unit, fiscal_year, movement, voucher) IN ("
            + String.join(", ", Collections.nCopies(POSTED.size(), "(?, ?, ?, ?)")) + ")";

    private final JdbcTemplate jdbc;

    public ReadModelWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void apply(LedgerEvent event, EventContext ctx) {
        if (event instanceof ExpenditureRecordedEvent e) {
            expenditure(e, ctx);
        } else if (event instanceof AppropriationReceivedEvent e) {
            flow(e, ctx, Movement.INCOME, e.fund(), e.function(), e.amount());
        } else if (event instanceof OtherIncomeReceivedEvent e) {
            flow(e, ctx, Movement.INCOME, e.source(), e.function(), e.amount());
        } else if (event instanceof NonFiscalBalanceUsedEvent e) {
            flow(e, ctx, Movement.USED, e.source(), e.function(), e.amount());
        } else if (event instanceof SurplusDistributedEvent e) {
            flow(e, ctx, Movement.DISTRIBUTED, e.source(), e.function(), e.amount());
        } else if (event instanceof InitialBudgetApprovedEvent e) {
            budgetLine(e, ctx, 0, Movement.BUDGET_INITIAL, e.line(), e.amount(), null, null);
        } else if (event instanceof BudgetAdjustedEvent e) {
            budgetAdjusted(e, ctx);
        } else if (event instanceof EntryReversedEvent e) {
            reversed(e, ctx);
        } else if (event instanceof YearOpenedEvent e) {
            yearOpened(e, ctx);
        } else if (event instanceof YearClosedEvent e) {
            yearClosed(e, ctx);
        } else if (event instanceof AssetFactsRecordedEvent e) {
            assetFacts(e, ctx);
        } else if (event instanceof PerformanceEvaluatedEvent e) {
            performance(e, ctx);
        } else if (event instanceof ProcurementContractRecordedEvent e) {
            contract(e, ctx);
        }
        // any other event carries nothing the read models hold
    }

    private void yearOpened(YearOpenedEvent e, EventContext ctx) {
        jdbc.update("INSERT INTO ledgers (unit, fiscal_year, unit_name, department_code, department_name, unit_type, "
                        + "opened_on, opened_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                e.unit().value(), e.year().value(), e.unitName(), e.departmentCode(), e.departmentName(),
                e.unitType().name(), Date.valueOf(e.date()), ctx.sequence());
        int line = 0;
        for (OpeningBalance b : e.openingBalances()) {
            add(row(e, ctx, line++, Movement.OPENING, b.fund(), b.function(), null, null, "", null,
                    Fen.ZERO, Fen.ZERO, b.amount(), null, null));
        }
    }

    private void budgetAdjusted(BudgetAdjustedEvent e, EventContext ctx) {
        int line = 0;
        if (e.from() != null) {
            budgetLine(e, ctx, line++, Movement.BUDGET_ADJUSTMENT, e.from(), e.amount().negate(), e.type(), e.approvalDocument());
        }
        if (e.to() != null) {
            budgetLine(e, ctx, line, Movement.BUDGET_ADJUSTMENT, e.to(), e.amount(), e.type(), e.approvalDocument());
        }
    }

    private void budgetLine(LedgerEvent e, EventContext ctx, int line, Movement movement, BudgetLine l, Fen amount,
                            AdjustmentType type, String document) {
        add(row(e, ctx, line, movement, l.fund(), l.function(), l.economic(), l.kind(), l.project(), null,
                Fen.ZERO, Fen.ZERO, amount, type == null ? null : type.name(), document));
    }

    private void flow(LedgerEvent e, EventContext ctx, Movement movement, Fund fund, FunctionCode function, Fen amount) {
        add(row(e, ctx, 0, movement, fund, function, null, null, "", null, Fen.ZERO, Fen.ZERO, amount, null, null));
    }

    private void expenditure(ExpenditureRecordedEvent e, EventContext ctx) {
        add(row(e, ctx, 0, Movement.EXPENDITURE, e.fund(), e.function(), e.economic(), e.kind(), e.project(),
                e.procurement(), orZero(e.smeAmount()), orZero(e.smallMicroAmount()), e.amount(), null, null));
    }

    private void reversed(EntryReversedEvent e, EventContext ctx) {
        // the reversed voucher's rows may still sit in this batch's buffer
        batch().flush();
        List<Object> params = new ArrayList<>(List.of(ctx.sequence(), e.voucher(), Date.valueOf(e.date())));
        params.addAll(Arrays.asList(e.reason(), ctx.user(), ctx.reason(), e.memo()));
        for (Movement m : POSTED) {
            params.addAll(List.of(e.unit().value(), e.year().value(), m.code(), e.reversedVoucher()));
        }
        jdbc.update(REVERSAL, params.toArray());
        for (String table : List.of("asset_facts", "performance_evaluations", "procurement_contracts")) {
            jdbc.update("UPDATE " + table + " SET reversed_seq = ?, reversed_on = ? WHERE unit = ? AND fiscal_year = ? "
                            + "AND voucher = ? AND reversed_seq IS NULL",
                    ctx.sequence(), Date.valueOf(e.date()), e.unit().value(), e.year().value(), e.reversedVoucher());
        }
    }

    private void yearClosed(YearClosedEvent e, EventContext ctx) {
        jdbc.update("UPDATE ledgers SET closed_on = ?, closed_seq = ?, closing_voucher = ? WHERE unit = ? AND fiscal_year = ?",
                Date.valueOf(e.date()), ctx.sequence(), e.voucher(), e.unit().value(), e.year().value());
    }

    private void assetFacts(AssetFactsRecordedEvent e, EventContext ctx) {
        String sql = "INSERT INTO asset_facts (seq, unit, fiscal_year, voucher, business_date, item, quantity) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        for (VehicleUse use : VehicleUse.values()) {
            Map<VehicleUse, Integer> vehicles = e.vehicles() == null ? Map.of() : e.vehicles();
            jdbc.update(sql, ctx.sequence(), e.unit().value(), e.year().value(), e.voucher(), Date.valueOf(e.date()),
                    use.name(), vehicles.getOrDefault(use, 0));
        }
        jdbc.update(sql, ctx.sequence(), e.unit().value(), e.year().value(), e.voucher(), Date.valueOf(e.date()),
                AssetItems.LARGE_EQUIPMENT, e.largeEquipment());
    }

    private void contract(ProcurementContractRecordedEvent e, EventContext ctx) {
        jdbc.update("INSERT INTO procurement_contracts (seq, unit, fiscal_year, voucher, business_date, project, category, "
                        + "contract_fen, sme_fen, small_micro_fen, supplier, recorded_by, memo) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ctx.sequence(), e.unit().value(), e.year().value(), e.voucher(), Date.valueOf(e.date()),
                e.project() == null ? "" : e.project(), e.category().name(), e.contractAmount().value(),
                orZero(e.smeAmount()).value(), orZero(e.smallMicroAmount()).value(),
                e.supplier() == null ? "" : e.supplier(), ctx.user(), e.memo());
    }

    private void performance(PerformanceEvaluatedEvent e, EventContext ctx) {
        jdbc.update("INSERT INTO performance_evaluations (seq, unit, fiscal_year, voucher, business_date, project, "
                        + "declared_target_fen, recorded_by, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ctx.sequence(), e.unit().value(), e.year().value(), e.voucher(), Date.valueOf(e.date()), e.project(),
                orZero(e.declaredTarget()).value(), ctx.user(), e.memo());
        int line = 0;
        for (IndicatorScore s : e.indicators() == null ? List.<IndicatorScore>of() : e.indicators()) {
            jdbc.update("INSERT INTO performance_indicators (seq, line_no, level1, level2, indicator, weight, score) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", ctx.sequence(), line++, s.level1(), s.level2(), s.name(),
                    s.weight(), s.score());
        }
    }

    private static PostingRow row(LedgerEvent e, EventContext ctx, int line, Movement movement, Fund fund,
                                  FunctionCode function, EconomicCode economic, SpendingKind kind, String project,
                                  ProcurementCategory procurement, Fen sme, Fen smallMicro, Fen amount,
                                  String adjustmentType, String document) {
        return new PostingRow(ctx.sequence(), line, e.unit().value(), e.year().value(), movement, fund.name(),
                function.value(), economic == null ? null : economic.value(), kind == null ? null : kind.name(),
                project == null ? "" : project, procurement == null ? null : procurement.name(), sme.value(),
                smallMicro.value(), amount.value(), e.voucher(), e.date(), adjustmentType, document, ctx.user(),
                ctx.reason(), e.memo());
    }

    private static Fen orZero(Fen f) {
        return f == null ? Fen.ZERO : f;
    }

    private void add(PostingRow row) {
        PostingBatch batch = batch();
        batch.add(row);
        if (!CurrentUnitOfWork.isStarted()) {
            batch.flush();
        }
    }

    private PostingBatch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new PostingBatch(jdbc);
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(BATCH_RESOURCE, key -> {
            PostingBatch batch = new PostingBatch(jdbc);
            uow.onPrepareCommit(u -> batch.flush());
            return batch;
        });
    }
}
