package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;

/**
 * A traced cell's share under one key of a breakdown: a fund (key the fund's name, name its label) or a month of
 * business dates (key "2024-03"), with how many postings make it and the last event sequence among them.
 */
public record CellPart(String key, String name, Fen amount, long postings, long lastSequence) {
}
