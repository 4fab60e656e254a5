package fiscalledger.ledger.api.command;

import fiscalledger.ledger.api.CodeKind;

/** Add a function or economic code with its name to the catalog, so that entries may use it. */
public record RegisterCodeCommand(CodeKind kind, String code, String name) {
}
