package fiscalledger.ledger.api;

import java.util.Locale;

/**
 * Who is at the ledger. Only a finance officer records; an auditor and an analyst always open the data read-only,
 * so that looking at the books can never change them.
 */
public enum Role {
    OFFICER("财务人员"),
    AUDITOR("审计"),
    ANALYST("分析");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean mayRecord() {
        return this == OFFICER;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.id().equals(t) || role.label.equals(t)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "'; the roles are officer, auditor and analyst");
    }
}
