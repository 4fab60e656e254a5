package fiscalledger.ledger.access;

import fiscalledger.ledger.api.Role;

/**
 * Who this process records as and whether it may record at all. Read-only when asked for, and always for a role
 * that does not record (auditor, analyst).
 */
public record LedgerAccess(String user, Role role, boolean readOnlyRequested) {

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
        return readOnlyRequested || !role.mayRecord();
    }

    /** The one line an officer reads when something tried to record here. */
    public String refusal(String what) {
        String why = role.mayRecord()
                ? "the data directory is open read-only (--read-only)"
                : "the " + role.id() + " role (" + role.label() + ") opens the data read-only";
        return "cannot record " + what + ": " + why + "; start the shell as an officer without --read-only to record";
    }
}
