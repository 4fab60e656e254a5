package fiscalledger.projections.audit;

import java.util.List;

/**
 * A budget line's timeline ({@link History#budgetLine}) and, when an economic code was asked for, which budget line
 * each part of it is: the code's own line, the line without economic code it draws on, or none.
 */
public record LineHistory(List<TimelineEntry> timeline, List<String> shown) {

    public LineHistory {
        timeline = List.copyOf(timeline);
        shown = List.copyOf(shown);
    }
}
