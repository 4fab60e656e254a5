package fiscalledger.ledger.api;

/**
 * 年末结转和结余 of one fund/source and function code, with the movements that produced it:
 * closing = opening + income − expenditure + used − distributed, exactly in fen.
 */
public record ClosingBalance(Fund fund, FunctionCode function, Fen opening, Fen income, Fen expenditure,
                             Fen usedBalance, Fen distributed, Fen closing) {

    public OpeningBalance carriedForward() {
        return new OpeningBalance(fund, function, closing);
    }
}
