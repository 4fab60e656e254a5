package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.*;

import java.time.LocalDate;
import java.util.List;

/** 绩效自评 of one project: the 目标申报数 of its target declaration and the indicator scores (the 执行率 score is computed, not recorded). */
public record PerformanceEvaluatedEvent(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String project, Fen declaredTarget, List<IndicatorScore> indicators) implements LedgerEvent {
}
