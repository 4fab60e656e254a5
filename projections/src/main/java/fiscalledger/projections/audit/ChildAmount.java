package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;

/** A traced cell's share under one child code (a 类 row broken down by 款, a 款 row by 项). */
public record ChildAmount(String code, String name, Fen amount, int postings) {
}
