package fiscalledger.projections.audit;

import fiscalledger.ledger.api.*;
import fiscalledger.ledger.api.event.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Short, readable descriptions of event payloads for the event browser and timelines. Amounts in yuan. */
public final class EventSummaries {

    private EventSummaries() {
    }

    public static String describe(Object payload) {
        if (payload instanceof ExpenditureRecordedEvent e) {
            return join(e.fund().label(), e.function().value(), e.economic() == null ? null : e.economic().value(),
                    e.kind() == null ? null : e.kind().label(), project(e.project()),
                    e.procurement() == null ? null : "采购 " + e.procurement().label(), yuan(e.amount()));
        }
        if (payload instanceof AppropriationReceivedEvent e) {
            return join(e.fund().label(), e.function().value(), yuan(e.amount()));
        }
        if (payload instanceof OtherIncomeReceivedEvent e) {
            return join(e.source().label(), e.function().value(), yuan(e.amount()));
        }
        if (payload instanceof NonFiscalBalanceUsedEvent e) {
            return join("使用结余", e.source().label(), e.function().value(), yuan(e.amount()));
        }
        if (payload instanceof SurplusDistributedEvent e) {
            return join("结余分配", e.source().label(), e.function().value(), yuan(e.amount()));
        }
        if (payload instanceof InitialBudgetApprovedEvent e) {
            return join("年初预算", line(e.line()), yuan(e.amount()));
        }
        if (payload instanceof BudgetAdjustedEvent e) {
            return join(e.type().label(), e.from() == null ? null : "from " + line(e.from()),
                    e.to() == null ? null : "to " + line(e.to()), yuan(e.amount()),
                    e.approvalDocument() == null ? null : "文号 " + e.approvalDocument());
        }
        if (payload instanceof EntryReversedEvent e) {
            return join("冲销 " + e.reversedVoucher(), "原因: " + e.reason());
        }
        if (payload instanceof YearOpenedEvent e) {
            long total = e.openingBalances().stream().mapToLong(b -> b.amount().value()).sum();
            return join(e.unitName(), e.unitType().label(), e.openingBalances().size() + " opening balances",
                    yuan(Fen.of(total)));
        }
        if (payload instanceof YearClosedEvent e) {
            long total = e.closingBalances().stream().mapToLong(b -> b.closing().value()).sum();
            return join(e.closingBalances().size() + " closing balances", "年末结转和结余 " + yuan(Fen.of(total)));
        }
        if (payload instanceof AssetFactsRecordedEvent e) {
            Map<VehicleUse, Integer> vehicles = e.vehicles() == null ? Map.of() : e.vehicles();
            return join("vehicles " + vehicles.values().stream().mapToInt(Integer::intValue).sum(),
                    "large equipment " + e.largeEquipment());
        }
        if (payload instanceof ProcurementContractRecordedEvent e) {
            return join("政府采购合同 " + e.category().label(), project(e.project()), yuan(e.contractAmount()),
                    e.smeAmount() == null || e.smeAmount().isZero() ? null : "中小企业 " + yuan(e.smeAmount()),
                    e.smallMicroAmount() == null || e.smallMicroAmount().isZero() ? null
                            : "小微企业 " + yuan(e.smallMicroAmount()),
                    e.supplier() == null ? null : "供应商 " + e.supplier());
        }
        if (payload instanceof PerformanceEvaluatedEvent e) {
            return join("绩效自评", project(e.project()), e.indicators() == null ? null : e.indicators().size() + " indicators");
        }
        if (payload instanceof CodeRegisteredEvent e) {
            return join(e.kind().name().toLowerCase(), e.code(), e.name());
        }
        return payload == null ? "" : payload.toString();
    }

    private static String line(BudgetLine l) {
        return String.join("/", l.fund().label(), l.function().value(), l.kind().label())
                + (l.project() == null || l.project().isEmpty() ? "" : "/" + l.project())
                + (l.economic() == null ? "" : "/" + l.economic().value());
    }

    private static String project(String project) {
        return project == null || project.isEmpty() ? null : "项目 " + project;
    }

    static String yuan(Fen amount) {
        return String.format("%,.2f元", amount.toYuan());
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p);
            }
        }
        return present.stream().collect(Collectors.joining("  "));
    }
}
