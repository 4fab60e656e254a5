package fiscalledger.ledger.api.event;

import fiscalledger.ledger.api.CodeKind;

/** A function or economic code was added to the catalog with its name (codes shipped built in need no event). */
public record CodeRegisteredEvent(CodeKind kind, String code, String name) {
}
