package fiscalledger.ledger.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the few hundred balance and budget-line keys of a year, so that each of its tens of thousands of voucher
 * records holds small integers instead of repeating long keys: that keeps the snapshot (and a cold load) small.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class KeyTable {

    static final int NONE = -1;

    private List<String> keys = new ArrayList<>();
    @JsonIgnore
    private transient Map<String, Integer> numbers;

    int number(String key) {
        if (key == null) {
            return NONE;
        }
        return index().computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
    }

    String key(int number) {
        return number == NONE ? null : keys.get(number);
    }

    private Map<String, Integer> index() {
        if (numbers == null) {
            numbers = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                numbers.put(keys.get(i), i);
            }
        }
        return numbers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyTable other && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }
}
