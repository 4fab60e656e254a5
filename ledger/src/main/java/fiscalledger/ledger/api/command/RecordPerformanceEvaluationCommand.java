package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Record a project's 绩效自评: its 目标申报数 and indicator scores. */
public record RecordPerformanceEvaluationCommand(UnitCode unit, FiscalYear year, String voucher, LocalDate date, String memo, String project, Fen declaredTarget, List<IndicatorScore> indicators) implements LedgerCommand {

    @TargetAggregateIdentifier
    public String ledgerId() {
        return ledger().id();
    }
}
