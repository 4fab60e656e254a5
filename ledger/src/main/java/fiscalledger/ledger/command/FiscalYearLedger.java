package fiscalledger.ledger.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fiscalledger.ledger.api.BudgetLine;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.OpeningBalance;
import fiscalledger.ledger.api.command.*;
import fiscalledger.ledger.api.event.*;
import fiscalledger.ledger.catalog.CodeCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One unit's fiscal year (id {@code 229001/2024}): it owns the rules of what may be recorded in it. Every command is
 * checked in {@link #decide}: a voucher already recorded is a no-op (re-imports change nothing), a broken rule is a
 * {@link LedgerRuleException} naming the field and the reason, otherwise exactly one event is applied. The state is
 * what the rules need and no more — a compact record per voucher, budget and spending per line, balances per fund
 * and function code — so it snapshots cheaply; event sourcing handlers only assign it.
 * <p>
 * The year is opened by {@link YearOpeningHandler} (which may carry the previous year's closing balances forward) or
 * by the first entry of a journal ({@link JournalHandler}).
 */
@Aggregate(cache = "ledgerCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class FiscalYearLedger {

    @AggregateIdentifier
    private String id;
    private int year;
    private String closedBy;
    private Map<String, PostedEntry> entries = new HashMap<>();
    private BalanceBook balances = new BalanceBook();
    private BudgetBook budget = new BudgetBook();
    private KeyTable keys = new KeyTable();

    protected FiscalYearLedger() {
    }

    /** Opens the year; {@link #checkOpening} has passed. {@code audit}: see {@link AuditCorrelation}. */
    FiscalYearLedger(OpenYearCommand command, List<OpeningBalance> openingBalances, String source, MetaData audit) {
        apply(new YearOpenedEvent(command.unit(), command.year(), command.voucher().strip(), command.date(),
                command.memo(), command.unitName().strip(), command.departmentCode(), command.departmentName(),
                command.unitType(), List.copyOf(openingBalances)), eventMetadata(audit, source));
    }

    static String notOpen(LedgerKey key) {
        return "year " + key.year() + " of unit " + key.unit() + " is not open";
    }

    /** The rules of an opening, checked before the aggregate exists. */
    static void checkOpening(OpenYearCommand command, List<OpeningBalance> openingBalances, CodeCatalog catalog,
                             Problems problems) {
        voucherAndDate(command, command.year(), problems);
        TextRules.check(command, problems);
        if (command.unitName() == null || command.unitName().isBlank()) {
            problems.error("unit_name", "the unit's name (单位名称) is missing; every table prints it");
        }
        if (command.unitType() == null) {
            problems.error("unit_type", "the unit type (行政单位/参照公务员法管理事业单位/事业单位) is missing");
        }
        if (command.carryForward() && command.openingBalances() != null && !command.openingBalances().isEmpty()) {
            problems.error("carry_forward", "opening balances come either from the closed previous year or from"
                    + " opening lines, not both");
        }
        Set<String> seen = new HashSet<>();
        for (OpeningBalance balance : openingBalances) {
            if (balance == null || balance.fund() == null) {
                problems.error("fund", "an opening balance has no fund");
                continue;
            }
            CodeRules.functionItem(balance.function(), "function", catalog, problems);
            if (balance.amount() == null || balance.amount().isZero()
                    || (!command.carryForward() && balance.amount().isNegative())) {
                problems.error("amount", "opening balance of " + balance.fund().label() + "/" + balance.function()
                        + " must be a positive amount, not " + balance.amount());
            }
            if (balance.function() != null && !seen.add(BalanceBook.key(balance.fund(), balance.function()))) {
                problems.error("function", "opening balance of " + balance.fund().label() + "/" + balance.function()
                        + " is given twice");
            }
        }
    }

    // ---- command handlers: each checks and records one entry ----

    @CommandHandler
    public RecordingResult handle(ApproveInitialBudgetCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(AdjustBudgetCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(ReceiveAppropriationCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(ReceiveOtherIncomeCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(RecordExpenditureCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(UseNonFiscalBalanceCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(DistributeSurplusCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(ReverseEntryCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(CloseYearCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(RecordAssetFactsCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(RecordProcurementContractCommand command, CodeCatalog catalog,
                                  LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    @CommandHandler
    public RecordingResult handle(RecordPerformanceEvaluationCommand command, CodeCatalog catalog,
                                  LedgerPolicy policy) {
        return recordOne(command, catalog, policy);
    }

    /** One entry: recorded, skipped as a duplicate, or rejected with every problem it has. */
    RecordingResult recordOne(LedgerCommand command, CodeCatalog catalog, LedgerPolicy policy) {
        Problems problems = Problems.of(command);
        Object event = decide(command, catalog, policy, problems);
        if (problems.hasErrors()) {
            throw new LedgerRuleException(problems.errors());
        }
        if (event == null) {
            return RecordingResult.duplicate(problems.warnings());
        }
        apply(event);
        return RecordingResult.recordedOne(problems.warnings());
    }

    /**
     * The entries of a journal in order, each against the state the ones before it left. Every problem of every entry
     * is collected; if there is one, {@link JournalRejectedException} rolls the whole journal back. An entry that
     * depends on one rejected earlier in the journal is not checked ({@link RejectedInJournal}): its problems would
     * only repeat that one's.
     */
    RecordingResult recordJournal(List<JournalEntry> journal, CodeCatalog catalog, LedgerPolicy policy, MetaData audit) {
        List<EntryProblem> errors = new ArrayList<>();
        List<EntryProblem> warnings = new ArrayList<>();
        RejectedInJournal rejected = null;
        int recorded = 0;
        int skipped = 0;
        for (JournalEntry entry : journal) {
            if (rejected != null && rejected.dependOn(entry.command(), policy)) {
                continue;
            }
            Problems problems = Problems.of(entry);
            Object event = null;
            if (entry.command() == null) {
                problems.error("type", "the entry has no command");
            } else {
                event = decide(entry.command(), catalog, policy, problems);
            }
            errors.addAll(problems.errors());
            warnings.addAll(problems.warnings());
            if (problems.hasErrors()) {
                if (rejected == null) {
                    rejected = new RejectedInJournal();
                }
                rejected.add(entry.command());
                continue;
            }
            if (event == null) {
                skipped++;
            } else {
                apply(event, eventMetadata(audit, problems.location()));
                recorded++;
            }
        }
        if (!errors.isEmpty()) {
            throw new JournalRejectedException(errors);
        }
        return new RecordingResult(recorded, skipped, warnings);
    }

    /** The opening balances of the next year, once this one is closed. */
    Optional<List<OpeningBalance>> carriedForward() {
        return closedBy == null ? Optional.empty() : Optional.of(balances.carriedForward());
    }

    /**
     * Checks one entry and returns the event that records it, or null when its voucher is already recorded (a
     * re-import). Problems go into {@code problems}; with an error the returned event must not be applied.
     */
    private Object decide(LedgerCommand command, CodeCatalog catalog, LedgerPolicy policy, Problems problems) {
        LedgerKey key = command.unit() == null || command.year() == null ? null : command.ledger();
        if (key == null || !key.id().equals(id)) {
            problems.error("unit", "the entry belongs to " + key + ", not to " + id);
            return null;
        }
        String voucher = command.voucher() == null ? "" : command.voucher().strip();
        PostedEntry posted = entries.get(voucher);
        if (posted != null) {
            if (!sameContent(command, voucher, posted, catalog, policy)) {
                problems.warn("voucher", "voucher " + voucher + " is already recorded with different content;"
                        + " this entry was skipped (reverse the recorded one and use a new voucher to change it)",
                        new WarningSubject(WarningSubject.Kind.VOUCHER_CONFLICT, id, voucher, null, null));
            }
            return null;
        }
        if (closedBy != null) {
            problems.error("year", "year " + year + " of unit " + key.unit() + " is closed (voucher " + closedBy
                    + "); nothing more can be recorded in it");
            return null;
        }
        voucherAndDate(command, new FiscalYear(year), problems);
        TextRules.check(command, problems);
        return eventFor(command, voucher, catalog, policy, problems);
    }

    /** Whether a re-sent voucher says what the recorded one said (memo aside), judged on the event it would record. */
    private boolean sameContent(LedgerCommand command, String voucher, PostedEntry posted, CodeCatalog catalog,
                                LedgerPolicy policy) {
        try {
            Object candidate = command instanceof OpenYearCommand open ? open
                    : eventFor(command, voucher, catalog, policy, new Problems("", 0, voucher));
            return candidate instanceof Record record && Fingerprint.of(record) == posted.fingerprint();
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private Object eventFor(LedgerCommand command, String voucher, CodeCatalog catalog, LedgerPolicy policy,
                            Problems problems) {
        LedgerKey key = command.ledger();
        if (command instanceof ReceiveAppropriationCommand c) {
            FundRules.fiscal(c.fund(), "fund", "an appropriation (财政拨款)", problems);
            CodeRules.functionItem(c.function(), "function", catalog, problems);
            AmountRules.positive(c.amount(), "amount", problems);
            return new AppropriationReceivedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.fund(),
                    c.function(), c.amount());
        } else if (command instanceof ReceiveOtherIncomeCommand c) {
            FundRules.nonFiscal(c.source(), "fund", "other income", problems);
            CodeRules.functionItem(c.function(), "function", catalog, problems);
            AmountRules.positive(c.amount(), "amount", problems);
            return new OtherIncomeReceivedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.source(),
                    c.function(), c.amount());
        } else if (command instanceof UseNonFiscalBalanceCommand c) {
            FundRules.nonFiscal(c.source(), "fund", "使用非财政拨款结余", problems);
            CodeRules.functionItem(c.function(), "function", catalog, problems);
            AmountRules.positive(c.amount(), "amount", problems);
            return new NonFiscalBalanceUsedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.source(),
                    c.function(), c.amount());
        } else if (command instanceof DistributeSurplusCommand c) {
            FundRules.nonFiscal(c.source(), "fund", "结余分配", problems);
            CodeRules.functionItem(c.function(), "function", catalog, problems);
            AmountRules.positive(c.amount(), "amount", problems);
            return new SurplusDistributedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.source(),
                    c.function(), c.amount());
        } else if (command instanceof RecordExpenditureCommand c) {
            return decideExpenditure(c, voucher, catalog, policy, problems);
        } else if (command instanceof ApproveInitialBudgetCommand c) {
            if (c.line() == null) {
                problems.error("function", "the budget line is missing");
            } else {
                SpendingRules.budgetLine(c.line(), "", catalog, problems);
            }
            AmountRules.positive(c.amount(), "amount", problems);
            return new InitialBudgetApprovedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.line(), c.amount());
        } else if (command instanceof AdjustBudgetCommand c) {
            return decideAdjustment(c, voucher, catalog, problems);
        } else if (command instanceof ReverseEntryCommand c) {
            return decideReversal(c, voucher, problems);
        } else if (command instanceof CloseYearCommand c) {
            return new YearClosedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), balances.closingBalances());
        } else if (command instanceof RecordAssetFactsCommand c) {
            if (c.vehicles() == null) {
                problems.error("vehicle_use", "the vehicle counts are missing");
            } else {
                c.vehicles().forEach((use, count) -> {
                    if (use == null || count == null || count < 0) {
                        problems.error("quantity", "vehicles of " + (use == null ? "an unknown use" : use.label())
                                + " must be a whole number ≥ 0, not " + count);
                    }
                });
            }
            if (c.largeEquipment() < 0) {
                problems.error("quantity", "equipment count must be ≥ 0, not " + c.largeEquipment());
            }
            return new AssetFactsRecordedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(),
                    c.vehicles() == null ? Map.of() : Map.copyOf(c.vehicles()), c.largeEquipment());
        } else if (command instanceof RecordPerformanceEvaluationCommand c) {
            return decidePerformance(c, voucher, problems);
        } else if (command instanceof RecordProcurementContractCommand c) {
            return decideContract(c, voucher, problems);
        } else if (command instanceof OpenYearCommand) {
            problems.error("type", "year " + year + " of unit " + key.unit() + " is already open (voucher "
                    + openingVoucher() + ")");
            return null;
        }
        problems.error("type", "the ledger does not know how to record " + command.getClass().getSimpleName());
        return null;
    }

    private Object decideExpenditure(RecordExpenditureCommand c, String voucher, CodeCatalog catalog,
                                     LedgerPolicy policy, Problems problems) {
        if (c.fund() == null) {
            problems.error("fund", "fund (资金来源) is missing");
        }
        CodeRules.functionItem(c.function(), "function", catalog, problems);
        CodeRules.economicItem(c.economic(), "economic", catalog, problems);
        SpendingRules.kind(c.kind(), problems);
        SpendingRules.kindMatchesEconomic(c.kind(), c.economic(), "economic", problems);
        SpendingRules.projectMatchesKind(c.kind(), c.project(), problems);
        AmountRules.positive(c.amount(), "amount", problems);
        AmountRules.procurementShares(c.amount(), c.procurement(), c.smeAmount(), c.smallMicroAmount(), problems);
        if (problems.hasErrors()) {
            return null;
        }
        BudgetLine line = new BudgetLine(c.fund(), c.function(), c.kind(), c.project(), c.economic());
        Optional<BudgetBook.Draw> draw = budget.drawFor(line);
        if (draw.isEmpty()) {
            if (c.fund().isFiscal()) {
                problems.warn("budget", "no budget line for " + line.describe() + " (nor without its economic code):"
                        + " this spending has no 全年预算", new WarningSubject(WarningSubject.Kind.NO_BUDGET_LINE, id,
                        line.describe(), c.amount(), c.amount()));
            }
        } else {
            long after = draw.get().spent() + c.amount().value();
            if (after > draw.get().budget()) {
                String message = "spending " + c.amount() + " brings budget line " + draw.get().line().describe()
                        + " to " + Fen.of(after) + ", beyond its 全年预算 " + Fen.of(draw.get().budget()) + " by "
                        + Fen.of(after - draw.get().budget());
                if (policy.overspend() == OverspendPolicy.REJECT) {
                    problems.error("amount", message);
                } else {
                    problems.warn("amount", message, new WarningSubject(WarningSubject.Kind.OVERSPEND, id,
                            draw.get().line().describe(), c.amount(), Fen.of(after - draw.get().budget())));
                }
            }
        }
        return new ExpenditureRecordedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.fund(), c.function(),
                c.economic(), c.kind(), line.project(), c.procurement(),
                c.smeAmount() == null ? Fen.ZERO : c.smeAmount(),
                c.smallMicroAmount() == null ? Fen.ZERO : c.smallMicroAmount(), c.amount());
    }

    private Object decideAdjustment(AdjustBudgetCommand c, String voucher, CodeCatalog catalog, Problems problems) {
        if (c.approvalDocument() == null || c.approvalDocument().isBlank()) {
            problems.error("document", "a budget adjustment needs its approving document number (批复文号)");
        }
        AmountRules.positive(c.amount(), "amount", problems);
        if (c.type() == null) {
            problems.error("adjustment", "the adjustment type (追加/追减/调剂) is missing");
            return null;
        }
        if (c.type().takesFromLine() && c.from() == null) {
            problems.error("from_function", c.type().label() + " needs the line the money is taken from");
        }
        if (!c.type().takesFromLine() && c.from() != null) {
            problems.error("from_function", "追加 adds to a line and takes from none; use 调剂 to move money");
        }
        if (c.type().addsToLine() && c.to() == null) {
            problems.error("function", c.type().label() + " needs the line the money goes to");
        }
        if (!c.type().addsToLine() && c.to() != null) {
            problems.error("function", "追减 takes from a line and adds to none; use 调剂 to move money");
        }
        if (c.from() != null) {
            SpendingRules.budgetLine(c.from(), "from_", catalog, problems);
        }
        if (c.to() != null) {
            SpendingRules.budgetLine(c.to(), "", catalog, problems);
        }
        if (c.from() != null && c.from().equals(c.to())) {
            problems.error("from_function", "调剂 moves money between two different lines; both are "
                    + c.to().describe());
        }
        if (c.from() != null && c.amount() != null && c.type().takesFromLine()) {
            long holds = budget.budgetOf(BudgetBook.key(c.from()));
            if (c.amount().value() > holds) {
                problems.error("amount", "budget line " + c.from().describe() + " holds " + Fen.of(holds)
                        + " of 全年预算; it cannot give " + c.amount());
            }
        }
        return new BudgetAdjustedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), c.type(), c.from(), c.to(),
                c.amount(), c.approvalDocument() == null ? null : c.approvalDocument().strip());
    }

    private Object decideReversal(ReverseEntryCommand c, String voucher, Problems problems) {
        if (c.reason() == null || c.reason().isBlank()) {
            problems.error("reason", "a reversal needs its reason (原因)");
        }
        String target = c.reversedVoucher() == null ? "" : c.reversedVoucher().strip();
        PostedEntry original = entries.get(target);
        if (target.isEmpty()) {
            problems.error("reversed_voucher", "say which voucher to reverse");
        } else if (original == null) {
            problems.error("reversed_voucher", "voucher " + target + " is not recorded in " + id);
        } else if (original.reversed()) {
            problems.error("reversed_voucher", "voucher " + target + " is already reversed");
        } else if (!original.type().reversible()) {
            problems.error("reversed_voucher", "voucher " + target + " is " + describe(original.type())
                    + " and cannot be reversed");
        } else if (original.line() != KeyTable.NONE && (original.type() == EntryType.INITIAL_BUDGET
                || original.type() == EntryType.BUDGET_ADJUSTMENT)) {
            long left = budget.budgetOf(keys.key(original.line())) - original.amount();
            if (left < 0) {
                problems.error("reversed_voucher", "reversing " + target + " would leave its budget line with "
                        + Fen.of(left) + " of 全年预算; reverse the adjustments that took from it first");
            }
        }
        return new EntryReversedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), target,
                c.reason() == null ? null : c.reason().strip());
    }

    private Object decideContract(RecordProcurementContractCommand c, String voucher, Problems problems) {
        if (c.category() == null) {
            problems.error("procurement", "a 政府采购合同 needs its category (货物/工程/服务)");
        }
        AmountRules.positive(c.contractAmount(), "amount", problems);
        AmountRules.contractShares(c.contractAmount(), c.smeAmount(), c.smallMicroAmount(), problems);
        String project = c.project() == null || c.project().isBlank() ? null : c.project().strip();
        if (project != null && !budget.hasProject(project)) {
            problems.warn("project", "project '" + project + "' has no budget line in " + id
                    + "; the contract is recorded but no 全年预算 backs it",
                    new WarningSubject(WarningSubject.Kind.PROJECT_WITHOUT_BUDGET, id, project, c.contractAmount(), null));
        }
        return new ProcurementContractRecordedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(), project,
                c.category(), c.contractAmount(), c.smeAmount() == null ? Fen.ZERO : c.smeAmount(),
                c.smallMicroAmount() == null ? Fen.ZERO : c.smallMicroAmount(),
                c.supplier() == null || c.supplier().isBlank() ? null : c.supplier().strip());
    }

    private Object decidePerformance(RecordPerformanceEvaluationCommand c, String voucher, Problems problems) {
        if (c.project() == null || c.project().isBlank()) {
            problems.error("project", "a performance evaluation names its project");
        } else if (!budget.hasProject(c.project().strip())) {
            problems.warn("project", "project '" + c.project().strip() + "' has no budget line in " + id
                    + "; its 全年预算数 will be empty", new WarningSubject(WarningSubject.Kind.PROJECT_WITHOUT_BUDGET, id,
                    c.project().strip(), null, null));
        }
        if (c.declaredTarget() == null || c.declaredTarget().isNegative()) {
            problems.error("declared_target", "目标申报数 must be an amount ≥ 0");
        }
        if (c.indicators() != null) {
            c.indicators().forEach(indicator -> {
                if (indicator.name() == null || indicator.name().isBlank()) {
                    problems.error("indicator", "an indicator has no name");
                } else if (indicator.weight() == null || indicator.score() == null || indicator.weight().signum() < 0
                        || indicator.score().signum() < 0 || indicator.score().compareTo(indicator.weight()) > 0) {
                    problems.error("score", "indicator '" + indicator.name() + "' needs a weight ≥ 0 and a score"
                            + " between 0 and its weight (got " + indicator.weight() + "/" + indicator.score() + ")");
                }
            });
        }
        return new PerformanceEvaluatedEvent(c.unit(), c.year(), voucher, c.date(), c.memo(),
                c.project() == null ? null : c.project().strip(), c.declaredTarget(),
                c.indicators() == null ? List.of() : List.copyOf(c.indicators()));
    }

    private static void voucherAndDate(LedgerCommand command, FiscalYear year, Problems problems) {
        if (command.voucher() == null || command.voucher().isBlank()) {
            problems.error("voucher", "voucher number (凭证号) is missing; it makes every entry traceable and"
                    + " re-imports safe");
        }
        if (command.date() == null) {
            problems.error("date", "business date (业务日期) is missing");
        } else if (!year.contains(command.date())) {
            problems.error("date", "business date " + command.date() + " is outside fiscal year " + year);
        }
    }

    private String openingVoucher() {
        return entries.entrySet().stream().filter(e -> e.getValue().type() == EntryType.YEAR_OPENED)
                .map(Map.Entry::getKey).findFirst().orElse("?");
    }

    private static String describe(EntryType type) {
        return switch (type) {
            case YEAR_OPENED -> "the year's opening";
            case YEAR_CLOSED -> "the year's closing";
            case REVERSAL -> "itself a reversal";
            case ASSET_FACTS -> "an asset record (record the corrected facts again: the latest one counts)";
            case PERFORMANCE -> "a performance evaluation";
            default -> type.name();
        };
    }

    /** An event's metadata: {@code audit} (see {@link AuditCorrelation}) and the file and line it came from. */
    private static MetaData eventMetadata(MetaData audit, String source) {
        if (source == null || source.isEmpty()) {
            return audit;
        }
        Map<String, Object> metaData = new HashMap<>(audit);
        metaData.put(LedgerMetadata.SOURCE, source);
        return MetaData.from(metaData);
    }

    // ---- event sourcing handlers: state only ----

    @EventSourcingHandler
    void on(YearOpenedEvent e) {
        id = e.ledger().id();
        year = e.year().value();
        remember(e.voucher(), EntryType.YEAR_OPENED, 0, e, null, null, null);
        e.openingBalances().forEach(b ->
                balances.add(b.fund(), b.function(), EntryType.YEAR_OPENED, b.amount().value()));
    }

    @EventSourcingHandler
    void on(InitialBudgetApprovedEvent e) {
        String line = BudgetBook.key(e.line());
        budget.addBudget(line, e.amount().value());
        remember(e.voucher(), EntryType.INITIAL_BUDGET, e.amount().value(), e, null, line, null);
    }

    @EventSourcingHandler
    void on(BudgetAdjustedEvent e) {
        String from = e.from() == null ? null : BudgetBook.key(e.from());
        String to = e.to() == null ? null : BudgetBook.key(e.to());
        if (from != null) {
            budget.addBudget(from, -e.amount().value());
        }
        if (to != null) {
            budget.addBudget(to, e.amount().value());
        }
        remember(e.voucher(), EntryType.BUDGET_ADJUSTMENT, e.amount().value(), e, null, to, from);
    }

    @EventSourcingHandler
    void on(AppropriationReceivedEvent e) {
        moneyMoved(e.voucher(), EntryType.APPROPRIATION, e.fund(), e.function(), e.amount(), e);
    }

    @EventSourcingHandler
    void on(OtherIncomeReceivedEvent e) {
        moneyMoved(e.voucher(), EntryType.OTHER_INCOME, e.source(), e.function(), e.amount(), e);
    }

    @EventSourcingHandler
    void on(NonFiscalBalanceUsedEvent e) {
        moneyMoved(e.voucher(), EntryType.BALANCE_USED, e.source(), e.function(), e.amount(), e);
    }

    @EventSourcingHandler
    void on(SurplusDistributedEvent e) {
        moneyMoved(e.voucher(), EntryType.SURPLUS_DISTRIBUTED, e.source(), e.function(), e.amount(), e);
    }

    @EventSourcingHandler
    void on(ExpenditureRecordedEvent e) {
        String balance = BalanceBook.key(e.fund(), e.function());
        String line = BudgetBook.key(new BudgetLine(e.fund(), e.function(), e.kind(), e.project(), e.economic()));
        balances.add(e.fund(), e.function(), EntryType.EXPENDITURE, e.amount().value());
        budget.addSpending(line, e.amount().value());
        remember(e.voucher(), EntryType.EXPENDITURE, e.amount().value(), e, balance, line, null);
    }

    @EventSourcingHandler
    void on(EntryReversedEvent e) {
        PostedEntry original = entries.get(e.reversedVoucher());
        long amount = original.amount();
        String balance = keys.key(original.balance());
        String line = keys.key(original.line());
        String fromLine = keys.key(original.fromLine());
        switch (original.type()) {
            case INITIAL_BUDGET -> budget.addBudget(line, -amount);
            case BUDGET_ADJUSTMENT -> {
                if (line != null) {
                    budget.addBudget(line, -amount);
                }
                if (fromLine != null) {
                    budget.addBudget(fromLine, amount);
                }
            }
            case EXPENDITURE -> {
                balances.add(balance, EntryType.EXPENDITURE, -amount);
                budget.addSpending(line, -amount);
            }
            case PROCUREMENT_CONTRACT -> {
                // a contract moves no money: only the voucher is marked reversed
            }
            default -> balances.add(balance, original.type(), -amount);
        }
        entries.put(e.reversedVoucher(), original.markReversed());
        remember(e.voucher(), EntryType.REVERSAL, 0, e, null, null, null);
    }

    @EventSourcingHandler
    void on(YearClosedEvent e) {
        closedBy = e.voucher();
        remember(e.voucher(), EntryType.YEAR_CLOSED, 0, e, null, null, null);
    }

    @EventSourcingHandler
    void on(AssetFactsRecordedEvent e) {
        remember(e.voucher(), EntryType.ASSET_FACTS, 0, e, null, null, null);
    }

    @EventSourcingHandler
    void on(ProcurementContractRecordedEvent e) {
        remember(e.voucher(), EntryType.PROCUREMENT_CONTRACT, e.contractAmount().value(), e, null, null, null);
    }

    @EventSourcingHandler
    void on(PerformanceEvaluatedEvent e) {
        remember(e.voucher(), EntryType.PERFORMANCE, 0, e, null, null, null);
    }

    private void moneyMoved(String voucher, EntryType type, fiscalledger.ledger.api.Fund fund,
                            fiscalledger.ledger.api.FunctionCode function, Fen amount, Record event) {
        balances.add(fund, function, type, amount.value());
        remember(voucher, type, amount.value(), event, BalanceBook.key(fund, function), null, null);
    }

    private void remember(String voucher, EntryType type, long amount, Record event, String balance, String line,
                          String fromLine) {
        entries.put(voucher, new PostedEntry(type, amount, Fingerprint.of(event), keys.number(balance),
                keys.number(line), keys.number(fromLine), false));
    }
}
