package fiscalledger.projections.audit;

import fiscalledger.ledger.api.Fen;

/** A posting that makes up a traced cell, with the sign it counts with (−1 for spending in a closing balance). */
public record TracedPosting(PostingLine posting, int sign) {

    public Fen contribution() {
        return sign < 0 ? posting.amount().negate() : posting.amount();
    }
}
