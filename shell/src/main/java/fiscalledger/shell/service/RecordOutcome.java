package fiscalledger.shell.service;

import java.util.List;

/** A recorded entry: what was recorded, and the warnings an officer must see (e.g. over-spending a budget line). */
public record RecordOutcome(String summary, List<String> warnings) {
}
