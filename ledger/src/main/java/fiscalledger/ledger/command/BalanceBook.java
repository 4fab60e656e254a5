package fiscalledger.ledger.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fiscalledger.ledger.api.ClosingBalance;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;
import fiscalledger.ledger.api.OpeningBalance;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Balances per fund and function code, kept up to date with every entry, so closing the year is a look-up over a few
 * hundred rows rather than a replay of the year.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class BalanceBook {

    private Map<String, FundBalance> balances = new HashMap<>();

    static String key(Fund fund, FunctionCode function) {
        return fund.name() + "/" + function.value();
    }

    void add(Fund fund, FunctionCode function, EntryType type, long amount) {
        balances.compute(key(fund, function),
                (k, b) -> (b == null ? FundBalance.empty(fund, function) : b).plus(type, amount));
    }

    void add(String key, EntryType type, long amount) {
        FundBalance balance = Objects.requireNonNull(balances.get(key), () -> "no balance " + key);
        balances.put(key, balance.plus(type, amount));
    }

    List<ClosingBalance> closingBalances() {
        return balances.values().stream()
                .filter(b -> !b.isEmpty())
                .sorted(Comparator.comparing(FundBalance::fund).thenComparing(FundBalance::function))
                .map(FundBalance::toClosing)
                .toList();
    }

    List<OpeningBalance> carriedForward() {
        return closingBalances().stream()
                .filter(c -> !c.closing().isZero())
                .map(ClosingBalance::carriedForward)
                .toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BalanceBook other && balances.equals(other.balances);
    }

    @Override
    public int hashCode() {
        return balances.hashCode();
    }
}
