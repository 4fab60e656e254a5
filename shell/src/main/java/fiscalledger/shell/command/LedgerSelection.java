package fiscalledger.shell.command;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.service.LedgerSummary;

import java.util.List;
import java.util.Optional;

/**
 * Finds the unit-year a command means from --unit and --year, the same way for every command: what is not given is
 * filled in when the store leaves one choice (one unit-year; or a unit with one year; or a year with one unit);
 * otherwise the message lists the choices (the unit's years, the year's units) and says which option picks one.
 * Commands that can sensibly list across unit-years (events, history voucher) use {@link #matching} instead.
 */
public final class LedgerSelection {

    public static final String EMPTY_STORE = "the store is empty: type `load-sample` to load the sample year, "
            + "or `import FILE` to import a journal";

    private LedgerSelection() {
    }

    public static LedgerKey resolve(Arguments args, LedgerServices services) {
        return resolve(args.option("unit").map(LedgerSelection::unit), args.option("year").map(LedgerSelection::year),
                services);
    }

    /** The same with the year known otherwise (a recording command takes it from its business date). */
    public static LedgerKey resolve(Optional<UnitCode> unit, Optional<FiscalYear> year, LedgerServices services) {
        List<LedgerKey> matching = matching(unit, year, services);
        if (matching.size() == 1) {
            return matching.get(0);
        }
        // ask only for what is missing: one unit with several years needs --year alone, one year with several
        // units --unit alone, whether or not the other option was given
        List<UnitCode> units = matching.stream().map(LedgerKey::unit).distinct().toList();
        List<FiscalYear> years = matching.stream().map(LedgerKey::year).distinct().toList();
        if (units.size() == 1) {
            throw new CommandFailure("unit " + units.get(0) + " has " + matching.size() + " years in the store ("
                    + join(matching.stream().map(k -> k.year().toString()).toList()) + "); choose one with --year");
        }
        if (years.size() == 1) {
            throw new CommandFailure(matching.size() + " units have year " + years.get(0) + " in the store ("
                    + join(matching.stream().map(k -> k.unit().value()).toList()) + "); choose one with --unit");
        }
        throw new CommandFailure("the store holds " + matching.size() + " unit-years ("
                + join(matching.stream().map(LedgerKey::id).toList()) + "); choose one with --unit and --year");
    }

    /**
     * Every unit-year that --unit and --year (either, both or neither) select, in the store's order; fails with what
     * the store holds when none does, and with {@link #EMPTY_STORE} when the store is empty.
     */
    public static List<LedgerKey> matching(Arguments args, LedgerServices services) {
        return matching(args.option("unit").map(LedgerSelection::unit), args.option("year").map(LedgerSelection::year),
                services);
    }

    private static List<LedgerKey> matching(Optional<UnitCode> unit, Optional<FiscalYear> year,
                                            LedgerServices services) {
        List<LedgerSummary> ledgers = services.ledgers();
        if (ledgers.isEmpty()) {
            throw new CommandFailure(EMPTY_STORE);
        }
        List<LedgerKey> matching = ledgers.stream().map(LedgerSummary::key)
                .filter(k -> unit.map(k.unit()::equals).orElse(true))
                .filter(k -> year.map(k.year()::equals).orElse(true))
                .toList();
        if (matching.isEmpty()) {
            String asked = unit.map(u -> "unit " + u).orElse("") + (unit.isPresent() && year.isPresent() ? " " : "")
                    + year.map(y -> "year " + y).orElse("");
            throw new CommandFailure("no ledger for " + asked + "; the store holds "
                    + join(ledgers.stream().map(l -> l.key().id()).toList()));
        }
        return matching;
    }

    private static String join(List<String> values) {
        return String.join(", ", values.stream().distinct().toList());
    }

    public static UnitCode unit(String text) {
        try {
            return new UnitCode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--unit: " + e.getMessage());
        }
    }

    public static FiscalYear year(String text) {
        try {
            return FiscalYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("--year: " + e.getMessage());
        }
    }

    public static OptionSpec unitOption(boolean required) {
        return new OptionSpec("unit", "U", "单位编码 unit code, e.g. 229001", required, false, Values.units());
    }

    public static OptionSpec yearOption(boolean required) {
        return new OptionSpec("year", "Y", "年度 fiscal year, e.g. 2024", required, false, Values.years());
    }
}
