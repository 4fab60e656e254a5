package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.CodeKind;
import fiscalledger.ledger.api.EconomicCode;
import fiscalledger.ledger.api.FunctionCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The codes the ledger accepts, with their names: the classification codes printed in the reference publication
 * (resource files {@code catalog/function-codes.tsv}, {@code catalog/economic-codes.tsv}) plus every code registered
 * since ({@code RegisterCodeCommand}). Entries may only post to registered codes; the shell completes codes from here
 * and the projections print names from here. Safe to read from any thread while registrations arrive.
 */
public class CodeCatalog {

    private final Map<CodeKind, NavigableMap<String, CatalogEntry>> entries = new EnumMap<>(CodeKind.class);
    private volatile Runnable onMiss = () -> { };

    public CodeCatalog() {
        for (CodeKind kind : CodeKind.values()) {
            entries.put(kind, new ConcurrentSkipListMap<>());
        }
    }

    /** A catalog holding the built-in codes only (tests, and the start of the Spring bean). */
    public static CodeCatalog builtIn() {
        CodeCatalog catalog = new CodeCatalog();
        catalog.load(CodeKind.FUNCTION, "catalog/function-codes.tsv");
        catalog.load(CodeKind.ECONOMIC, "catalog/economic-codes.tsv");
        return catalog;
    }

    public Optional<String> nameOf(FunctionCode code) {
        return nameOf(CodeKind.FUNCTION, code.value());
    }

    public Optional<String> nameOf(EconomicCode code) {
        return nameOf(CodeKind.ECONOMIC, code.value());
    }

    public Optional<String> nameOf(CodeKind kind, String code) {
        return find(kind, code).map(CatalogEntry::name);
    }

    /**
     * The code's entry. A code not known here is looked for once more in the registry's stored history first: another
     * process sharing the database may have registered it since this one started.
     */
    public Optional<CatalogEntry> find(CodeKind kind, String code) {
        CatalogEntry entry = entries.get(kind).get(code);
        if (entry == null) {
            onMiss.run();
            entry = entries.get(kind).get(code);
        }
        return Optional.ofNullable(entry);
    }

    public boolean isRegistered(FunctionCode code) {
        return find(CodeKind.FUNCTION, code.value()).isPresent();
    }

    public boolean isRegistered(EconomicCode code) {
        return find(CodeKind.ECONOMIC, code.value()).isPresent();
    }

    /** What to do when a code is not known here: read the registrations stored meanwhile (set by the updater). */
    public void refreshOnMiss(Runnable refresh) {
        this.onMiss = refresh;
    }

    /** Every code of a classification in code order (a parent before its children). */
    public List<CatalogEntry> codes(CodeKind kind) {
        return List.copyOf(entries.get(kind).values());
    }

    /** The codes that start with a prefix, for completion ("2010" → 2010301, 2010302, …). */
    public List<CatalogEntry> codesStartingWith(CodeKind kind, String prefix) {
        NavigableMap<String, CatalogEntry> all = entries.get(kind);
        return List.copyOf(all.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values());
    }

    /** The 26 类 of 支出功能分类 in code order: the fixed rows 32–57 of table 01. */
    public List<CatalogEntry> functionCategories() {
        return entries.get(CodeKind.FUNCTION).values().stream().filter(e -> e.code().length() == 3).toList();
    }

    /** Adds a registered code; the caller ({@code CodeRegistry}) has checked that it is new. */
    void add(CodeKind kind, String code, String name) {
        entries.get(kind).putIfAbsent(code, new CatalogEntry(kind, code, name, false));
    }

    /**
     * Takes a code as known while the entries of a rejected import are checked: the code line that registers it has a
     * problem of its own, which is listed, so the entries using the code are judged as they will be once it is
     * registered rather than all reported for its absence. Returns whether the code was new here: only then must the
     * caller {@link #forgetRegistered forget} it when the check is over (its transaction is always rolled back).
     */
    public boolean assumeForCheck(CodeKind kind, String code, String name) {
        if (find(kind, code).isPresent()) {
            return false;
        }
        return entries.get(kind).putIfAbsent(code, new CatalogEntry(kind, code, name, false)) == null;
    }

    /**
     * Forgets a registered code whose registration was rolled back after its unit of work had committed (a journal
     * import is one transaction around many units of work). Built-in codes stay.
     */
    public void forgetRegistered(CodeKind kind, String code) {
        entries.get(kind).computeIfPresent(code, (c, entry) -> entry.builtIn() ? entry : null);
    }

    private void load(CodeKind kind, String resource) {
        InputStream in = CodeCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("built-in code list " + resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                entries.get(kind).put(parts[0], new CatalogEntry(kind, parts[0], parts[1].strip(), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
