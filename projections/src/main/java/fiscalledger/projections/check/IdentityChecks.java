package fiscalledger.projections.check;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.Cutoff;
import fiscalledger.projections.PublicTables;
import fiscalledger.projections.facts.FactsRepository;
import fiscalledger.projections.facts.LedgerFacts;
import fiscalledger.projections.facts.PostingCount;
import fiscalledger.projections.readmodel.ReadModelSchema;
import fiscalledger.projections.table.TableView;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The identities (勾稽关系) of the publication as code, run on demand and after an import: every one named, with
 * both sides, the difference and where. Exact identities are checked in fen; the same identity on the printed
 * figures may show a tail difference (尾数误差), which is reported as such and is not a break.
 */
public class IdentityChecks {
    private final PublicTables tables;
    private final FactsRepository facts;
    private final ReadModelChecks readModel;
    private final EventCoverageChecks coverage;

    /** Without an event store (read models fed by hand): the read models are not compared with the events. */
    public IdentityChecks(PublicTables tables, FactsRepository facts, ReadModelSchema schema, JdbcTemplate jdbc) {
        this(tables, facts, schema, jdbc, null);
    }

    /** {@code reach} (null for none): how far the read models are filled, to compare them with the event store. */
    public IdentityChecks(PublicTables tables, FactsRepository facts, ReadModelSchema schema, JdbcTemplate jdbc,
                          ProjectionReach reach) {
        this.tables = tables;
        this.facts = facts;
        this.readModel = new ReadModelChecks(schema, jdbc);
        this.coverage = reach == null ? null
                : new EventCoverageChecks(jdbc, reach, schema.dialect() == ReadModelSchema.Dialect.POSTGRESQL);
    }

    public List<CheckResult> run(LedgerKey ledger, Cutoff cutoff) {
        List<CheckResult> results = new ArrayList<>(readModel.structure());
        if (results.stream().anyMatch(r -> !r.passed())) {
            return results;
        }
        // counted once: tells both reads of the postings (the comparison with the events, the facts) whether to scan
        PostingCount count = facts.postingCount(ledger);
        if (coverage != null && (cutoff == null || cutoff.isNone())) {
            // the identities are computed from the rows themselves: rows deleted by hand only show against the events,
            // and identities over damaged rows (or a ledger row gone) would only add noise to what replay repairs
            results.addAll(coverage.run(ledger, count));
            if (results.stream().anyMatch(r -> !r.passed())) {
                return results;
            }
        }
        LedgerFacts f = facts.load(facts.requireLedger(ledger), count, cutoff == null ? Cutoff.NONE : cutoff);
        Map<String, TableView> views = tables.renderAll(f);
        results.addAll(check(views, f));
        results.addAll(readModel.balancesView(views.get("balances"), f));
        return results;
    }

    /** The table identities over already rendered tables (tests tamper with a table to see a check fail). */
    public static List<CheckResult> check(Map<String, TableView> views, LedgerFacts facts) {
        List<CheckResult> results = new ArrayList<>();
        for (IdentityCheck c : List.of(new SummaryChecks(), new HierarchyChecks(), new CrossTableChecks())) {
            results.addAll(c.check(views, facts));
        }
        return results;
    }
}
