package fiscalledger.ledger.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An enumerated dimension that officers know by its Chinese name and scripts by its English constant. Journal
 * files and the shell accept either (and a few common aliases), so parsing lives here, once.
 */
public interface Labelled {

    /** The name as printed in the publication, e.g. 一般公共预算财政拨款. */
    String label();

    /** Other spellings accepted on input (short forms), besides the label and the constant's name. */
    default List<String> aliases() {
        return List.of();
    }

    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty; expected one of " + choices(type));
        }
        Object found = Spellings.OF.get(type).get(normalise(text));
        if (found == null) {
            throw new IllegalArgumentException(what + " '" + text.strip() + "' is unknown; expected one of " + choices(type));
        }
        return type.cast(found);
    }

    static <E extends Enum<E> & Labelled> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.label() + " (" + e.name() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Every accepted spelling of every constant, per enum, computed once: a journal parses these on every line. */
    final class Spellings {
        static final ClassValue<Map<String, Object>> OF = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                Map<String, Object> spellings = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    Labelled e = (Labelled) constant;
                    spellings.putIfAbsent(normalise(((Enum<?>) constant).name()), constant);
                    spellings.putIfAbsent(normalise(e.label()), constant);
                    e.aliases().forEach(alias -> spellings.putIfAbsent(normalise(alias), constant));
                }
                return Map.copyOf(spellings);
            }
        };

        private Spellings() {
        }
    }

    private static String normalise(String s) {
        // full-width brackets and dashes are what Excel users type; treat them like their ASCII twins
        return s.strip().toUpperCase(Locale.ROOT).replace('（', '(').replace('）', ')').replace('－', '-')
                .replace('—', '-').replace('_', '-').replace(" ", "");
    }
}
