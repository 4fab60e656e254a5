package fiscalledger.shell.command.audit;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.audit.EventFilter;
import fiscalledger.projections.audit.EventRecord;
import fiscalledger.shell.command.Arguments;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.LedgerSelection;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.ShellCommand;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.render.Grid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** `events` browses the event store itself: every event with its sequence, who stored it and why, and a summary. */
public final class EventsCommand extends ShellCommand {

    private static final List<String> COLUMNS = List.of("seq", "ledger", "type", "凭证号", "业务日期", "stored at",
            "user", "reason", "summary", "摘要");

    /** Every event type the ledger stores (the payload classes without "Event"), in the order an auditor meets them. */
    static final List<String> TYPES = List.of("YearOpened", "InitialBudgetApproved", "BudgetAdjusted",
            "AppropriationReceived", "OtherIncomeReceived", "ExpenditureRecorded", "ProcurementContractRecorded",
            "NonFiscalBalanceUsed", "SurplusDistributed", "EntryReversed", "YearClosed", "AssetFactsRecorded",
            "PerformanceEvaluated", "CodeRegistered");

    public EventsCommand() {
        super("events", "browse the event log (type, dates, voucher, user) with who recorded each event and why");
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(LedgerSelection.unitOption(false), LedgerSelection.yearOption(false),
                OptionSpec.optional("type", "T", "event type, in part: expenditure, BudgetAdjusted, reversed, …",
                        Values.of(TYPES.toArray(String[]::new))),
                OptionSpec.optional("from", "DATE", "first business date", Values.none()),
                OptionSpec.optional("to", "DATE", "last business date", Values.none()),
                OptionSpec.optional("voucher", "V", "a voucher, with any reversal of it", Values.none()),
                OptionSpec.optional("user", "NAME", "who recorded the events (--user at launch)", Values.none()),
                OptionSpec.optional("limit", "N", "at most N events (default " + EventFilter.DEFAULT_LIMIT + ")",
                        Values.none()),
                AuditOutput.formatOption());
    }

    @Override
    public String details() {
        return """
                Events come in the order they were stored (global sequence). Without --unit/--year every unit-year
                (and code registrations) is shown; --unit alone shows every year of the unit, --year alone every unit
                of the year. The sequence numbers are what `as-of #SEQ` takes.
                examples:
                  events --type reversed
                  events --unit 229001 --type YearClosed
                  events --from 2024-06-01 --to 2024-06-30 --limit 20
                  events --voucher JZ-0042 --format csv""";
    }

    @Override
    protected void execute(Arguments args, CommandContext context) {
        // --unit alone takes every year of the unit, --year alone every unit of the year: each unit-year is read
        // on its own (the log is indexed by unit-year) and the first `limit` events in store order are kept
        List<LedgerKey> ledgers = args.has("unit") || args.has("year")
                ? LedgerSelection.matching(args, context.services())
                : java.util.Collections.singletonList(null);
        int limit = args.option("limit").map(EventsCommand::limit).orElse(EventFilter.DEFAULT_LIMIT);
        args.option("type").ifPresent(EventsCommand::requireKnownType);
        List<EventRecord> events = new ArrayList<>();
        try {
            for (LedgerKey ledger : ledgers) {
                events.addAll(context.services().audit().events().events(new EventFilter(ledger,
                        args.option("type").orElse(null), date(args, "from"), date(args, "to"),
                        args.option("voucher").orElse(null), args.option("user").orElse(null), limit)));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (ledgers.size() > 1) {
            events.sort(java.util.Comparator.comparingLong(EventRecord::sequence));
            events = new ArrayList<>(events.subList(0, Math.min(limit, events.size())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (EventRecord e : events) {
            var le = e.ledgerEvent();
            rows.add(List.of(String.valueOf(e.sequence()), le.map(l -> l.ledger().id()).orElse(""),
                    e.type().replaceFirst("Event$", ""), le.map(l -> l.voucher()).orElse(""),
                    le.map(l -> l.date().toString()).orElse(""), e.storedAt() == null ? "" : e.storedAt().toString(),
                    e.user() == null ? "" : e.user(), e.reason() == null ? "" : e.reason(), e.summary(),
                    le.map(l -> l.memo() == null ? "" : l.memo()).orElse("")));
        }
        AuditOutput.print(context, AuditOutput.format(args), List.of(),
                new Grid(COLUMNS, AuditOutput.numeric(COLUMNS.size(), 0), rows),
                List.of("(" + events.size() + (events.size() == 1 ? " event" : " events")
                        + (events.size() == limit ? "; more may follow: raise --limit or narrow the filter" : "") + ")"));
    }

    /**
     * A type that no event type contains would list nothing, which reads as "no such events" when it is a typo:
     * it is an error naming the types, as an unknown table or format is.
     */
    static void requireKnownType(String type) {
        String part = type.strip().toLowerCase(java.util.Locale.ROOT).replace("-", "");
        boolean known = TYPES.stream().map(t -> (t + "Event").toLowerCase(java.util.Locale.ROOT))
                .anyMatch(t -> t.contains(part));
        if (!known) {
            throw new CommandFailure("event type '" + type + "' is unknown; types are " + String.join(", ", TYPES)
                    + " (a part of one is enough: reversed, expenditure, budget)");
        }
    }

    private static int limit(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1) {
                throw new CommandFailure("--limit must be at least 1, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CommandFailure("--limit: '" + text + "' is not a whole number");
        }
    }

    private static LocalDate date(Arguments args, String option) {
        return args.option(option).map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CommandFailure("--" + option + ": '" + text + "' is not a date (YYYY-MM-DD)");
            }
        }).orElse(null);
    }

}
