package fiscalledger.shell.command;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.service.LedgerSummary;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the unit-year a query command means from --unit and --year: with one unit-year in the store both may be
 * omitted; otherwise the message lists what the store holds so the user can pick.
 */
public final class LedgerSelection {

    public static final String EMPTY_STORE = "the store is empty: type `load-sample` to load the sample year, "
            + "or `import FILE` to import a journal";

    private LedgerSelection() {
    }

    public static LedgerKey resolve(Arguments args, LedgerServices services) {
        Optional<UnitCode> unit = args.option("unit").map(LedgerSelection::unit);
        Optional<FiscalYear> year = args.option("year").map(LedgerSelection::year);
        List<LedgerSummary> ledgers = services.ledgers();
        if (ledgers.isEmpty()) {
            throw new CommandFailure(EMPTY_STORE);
        }
        List<LedgerKey> matching = ledgers.stream().map(LedgerSummary::key)
                .filter(k -> unit.map(k.unit()::equals).orElse(true))
                .filter(k -> year.map(k.year()::equals).orElse(true))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String held = ledgers.stream().map(l -> l.key().id()).collect(Collectors.joining(", "));
        if (matching.isEmpty()) {
            String asked = unit.map(u -> "unit " + u).orElse("") + (unit.isPresent() && year.isPresent() ? " " : "")
                    + year.map(y -> "year " + y).orElse("");
            throw new CommandFailure("no ledger for " + asked + "; the store holds " + held);
        }
        throw new CommandFailure("the store holds " + matching.size() + " unit-years (" + matching.stream()
                .map(LedgerKey::id).collect(Collectors.joining(", ")) + "); choose one with --unit and --year");
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
