package fiscalledger.projections.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the identities of one named check. A family of identities that all hold reports as one PASS (so a
 * clean year reads as a short list); every tail difference and break is reported on its own, with where it is.
 */
final class Findings {
    private final String name;
    private final List<CheckResult> notable = new ArrayList<>();
    private int evaluated;

    Findings(String name) {
        this.name = name;
    }

    Identity identity(String where) {
        return Identity.of(name, where);
    }

    void add(Identity identity) {
        CheckResult r = identity.evaluate();
        evaluated++;
        if (r.status() != CheckStatus.PASS) {
            notable.add(r);
        }
    }

    void fail(String where, String why) {
        evaluated++;
        notable.add(new CheckResult(name, CheckStatus.FAIL, null, null, null, "", where + ": " + why));
    }

    List<CheckResult> results(String scope) {
        if (notable.isEmpty()) {
            return List.of(CheckResult.pass(name, scope + " (" + evaluated + " identities)"));
        }
        return List.copyOf(notable);
    }

    String name() {
        return name;
    }
}
