package fiscalledger.ledger.api.command;

import java.util.ArrayList;
import java.util.List;

/**
 * What a ledger command did: how many entries it recorded, how many it skipped because their voucher was already
 * recorded (re-imports), and the warnings the officer should see (e.g. spending beyond a budget line's 全年预算).
 * Every ledger command handler returns one; rejections are exceptions ({@link LedgerRuleException}).
 */
public record RecordingResult(int recorded, int skippedAsDuplicate, List<EntryProblem> warnings) {

    public static final RecordingResult NOTHING = new RecordingResult(0, 0, List.of());

    public RecordingResult {
        warnings = List.copyOf(warnings);
    }

    public static RecordingResult recordedOne(List<EntryProblem> warnings) {
        return new RecordingResult(1, 0, warnings);
    }

    public static RecordingResult duplicate(List<EntryProblem> warnings) {
        return new RecordingResult(0, 1, warnings);
    }

    public RecordingResult plus(RecordingResult other) {
        List<EntryProblem> all = new ArrayList<>(warnings);
        all.addAll(other.warnings);
        return new RecordingResult(recorded + other.recorded, skippedAsDuplicate + other.skippedAsDuplicate, all);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
