package fiscalledger.ledger.api;

/** 年初结转和结余 of one fund/source and function code. */
public record OpeningBalance(Fund fund, FunctionCode function, Fen amount) {
}
