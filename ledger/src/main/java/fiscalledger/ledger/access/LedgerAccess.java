package fiscalledger.ledger.access;

import fiscalledger.ledger.api.Role;

/**
 * Who this process records as and whether it may record at all. Read-only when asked for, always for a role
 * that does not record (auditor, analyst), and when the store itself cannot be written ({@code storeRefusal}: a
 * read-only data directory, a SELECT-only database user; null when it can).
 */
public record LedgerAccess(String user, Role role, boolean readOnlyRequested, String storeRefusal) {

    public LedgerAccess(String user, Role role, boolean readOnlyRequested) {
        this(user, role, readOnlyRequested, null);
    }

    public LedgerAccess {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the ledger needs the name of its user (fiscal-ledger.user)");
        }
        user = user.strip();
        if (role == null) {
            throw new IllegalArgumentException("the ledger needs a role (officer, auditor or analyst)");
        }
    }

    public boolean readOnly() {
        return readOnlyRequested || !role.mayRecord() || storeRefusal != null;
    }

    /** The one line an officer reads when something tried to record here. */
    public String refusal(String what) {
        if (storeRefusal != null && role.mayRecord() && !readOnlyRequested) {
            return "cannot record " + what + ": " + storeRefusal + "; nothing was recorded. Record from a writable"
                    + " data directory";
        }
        // recording is what is refused: the store itself stays writable for the read models (see README, Roles)
        String why = role.mayRecord()
                ? "this process was started with --read-only, which records nothing"
                : "the " + role.id() + " role (" + role.label() + ") records nothing";
        return "cannot record " + what + ": " + why + "; start the shell as an officer without --read-only to record";
    }
}
