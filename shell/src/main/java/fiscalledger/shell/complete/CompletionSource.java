package fiscalledger.shell.complete;

import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.shell.command.CommandRegistry;
import fiscalledger.shell.render.TableTitles;
import fiscalledger.shell.service.LedgerServices;
import fiscalledger.shell.service.LedgerSummary;
import org.jline.reader.Candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values completion offers, looked up in the store when asked. A lookup that fails (the store is not ready,
 * or broken) offers nothing rather than disturbing the line being typed.
 */
public final class CompletionSource {

    private final LedgerServices services;
    private final CommandRegistry registry;

    public CompletionSource(LedgerServices services, CommandRegistry registry) {
        this.services = services;
        this.registry = registry;
    }

    public List<Candidate> commands() {
        return registry.all().stream().map(c -> candidate(c.name(), c.summary())).toList();
    }

    public List<Candidate> tables() {
        return safely(() -> services.tableIds().stream().map(id -> candidate(id, TableTitles.title(id))).toList());
    }

    public List<Candidate> units() {
        return safely(() -> {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            services.ledgers().forEach(l -> names.put(l.key().unit().value(), l.unitName()));
            return names.entrySet().stream().map(e -> candidate(e.getKey(), e.getValue())).toList();
        });
    }

    public List<Candidate> years() {
        return safely(() -> services.ledgers().stream().map(LedgerSummary::key).map(LedgerKey::year).distinct()
                .map(y -> candidate(y.toString(), null)).toList());
    }

    public List<Candidate> functionCodes() {
        return safely(() -> codes(services.functionCodes()));
    }

    public List<Candidate> economicCodes() {
        return safely(() -> codes(services.economicCodes()));
    }

    public List<Candidate> projects() {
        return safely(() -> services.projects().stream().map(p -> candidate(p, null)).toList());
    }

    private static List<Candidate> codes(Map<String, String> codes) {
        List<Candidate> candidates = new ArrayList<>();
        codes.forEach((code, name) -> candidates.add(candidate(code, name)));
        return candidates;
    }

    private static Candidate candidate(String value, String description) {
        return new Candidate(value, value, null, description == null || description.isEmpty() ? null : description,
                null, null, true);
    }

    private static List<Candidate> safely(Supplier<List<Candidate>> lookup) {
        try {
            return lookup.get();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
