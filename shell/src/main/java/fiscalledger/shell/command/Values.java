package fiscalledger.shell.command;

import fiscalledger.ledger.api.Labelled;
import fiscalledger.shell.complete.CompletionSource;
import org.jline.reader.Candidate;

import java.util.Arrays;
import java.util.List;

/**
 * What a value may be, for completion: nothing known, a fixed list, an enumerated ledger dimension, or something
 * looked up in the store (units, years, codes, projects). File paths are completed by the file-name completer.
 */
@FunctionalInterface
public interface Values {

    List<Candidate> candidates(CompletionSource source);

    /** Whether the value is a file path (completed from the file system). */
    default boolean isPath() {
        return false;
    }

    static Values none() {
        return source -> List.of();
    }

    static Values of(String... fixed) {
        return source -> Arrays.stream(fixed).map(v -> new Candidate(v, v, null, null, null, null, true)).toList();
    }

    /** The Chinese labels an officer knows, with the English constant a script may use as description. */
    static <E extends Enum<E> & Labelled> Values of(Class<E> type) {
        return source -> Arrays.stream(type.getEnumConstants())
                .map(e -> new Candidate(e.label(), e.label(), null, e.name(), null, null, true)).toList();
    }

    static Values path() {
        return new Values() {
            @Override
            public List<Candidate> candidates(CompletionSource source) {
                return List.of();
            }

            @Override
            public boolean isPath() {
                return true;
            }
        };
    }

    /** A file path, or one of a few words (import's --warnings: summary, all or FILE.csv). */
    static Values pathOr(String... words) {
        Values fixed = of(words);
        return new Values() {
            @Override
            public List<Candidate> candidates(CompletionSource source) {
                return fixed.candidates(source);
            }

            @Override
            public boolean isPath() {
                return true;
            }
        };
    }

    static Values tables() {
        return CompletionSource::tables;
    }

    static Values units() {
        return CompletionSource::units;
    }

    static Values years() {
        return CompletionSource::years;
    }

    static Values functionCodes() {
        return CompletionSource::functionCodes;
    }

    static Values economicCodes() {
        return CompletionSource::economicCodes;
    }

    static Values projects() {
        return CompletionSource::projects;
    }

    static Values commands() {
        return CompletionSource::commands;
    }
}
