package fiscalledger.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a journal file in the import format of the README ("Journal format"), by English column name.
 * {@code order} breaks ties between lines of the same day so that, e.g., a budget precedes the payment it covers.
 */
record JournalLine(LocalDate date, int order, Map<String, String> values) {

    static final List<String> COLUMNS = List.of("type", "unit", "year", "voucher", "date", "memo", "fund",
            "function", "economic", "kind", "project", "amount", "procurement", "sme_amount", "small_micro_amount",
            "adjustment", "from_fund", "from_function", "from_kind", "from_project", "from_economic", "document",
            "reversed_voucher", "reason", "unit_name", "department_code", "department_name", "unit_type",
            "carry_forward", "vehicle_use", "quantity", "declared_target", "indicator_level1", "indicator_level2",
            "indicator", "weight", "score", "code_kind", "code", "name");

    static Builder of(String type, LocalDate date, int order) {
        return new Builder(type, date, order);
    }

    String get(String column) {
        return values.getOrDefault(column, "");
    }

    static final class Builder {
        private final LocalDate date;
        private final int order;
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder(String type, LocalDate date, int order) {
            this.date = date;
            this.order = order;
            values.put("type", type);
            values.put("unit", SampleYearGenerator.UNIT);
            values.put("year", Integer.toString(date.getYear()));
            values.put("date", date.toString());
        }

        Builder set(String column, Object value) {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException("no journal column " + column);
            }
            if (value != null && !value.toString().isEmpty()) {
                values.put(column, value.toString());
            }
            return this;
        }

        JournalLine build() {
            return new JournalLine(date, order, values);
        }
    }
}
