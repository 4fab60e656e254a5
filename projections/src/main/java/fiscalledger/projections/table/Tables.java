package fiscalledger.projections.table;

import fiscalledger.projections.facts.LedgerFacts;

import java.util.List;

/** What every table view shares: its header fields. */
final class Tables {
    static final String WAN = "万元";

    private Tables() {
    }

    static TableView view(PublicTable table, LedgerFacts facts, List<String> columns, Rows rows, List<String> notes,
                          Layout layout) {
        return view(table, facts, columns, rows.build(), notes, 2, WAN, layout);
    }

    /** The notes are those printed under the table; a cut-off's description goes first, as it qualifies every figure. */
    static TableView view(PublicTable table, LedgerFacts facts, List<String> columns, List<TableRow> rows,
                          List<String> notes, int decimals, String amountUnit, Layout layout) {
        List<String> allNotes = new java.util.ArrayList<>(notes);
        if (!facts.cutoff().isNone()) {
            allNotes.add(0, facts.cutoff().describe());
        }
        return new TableView(table.id(), table.title(), facts.unitName(), facts.key(), amountUnit, decimals,
                List.copyOf(columns), rows, List.copyOf(allNotes), layout);
    }
}
