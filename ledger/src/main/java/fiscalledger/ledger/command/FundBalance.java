package fiscalledger.ledger.command;

import fiscalledger.ledger.api.ClosingBalance;
import fiscalledger.ledger.api.Fen;
import fiscalledger.ledger.api.FunctionCode;
import fiscalledger.ledger.api.Fund;

/** The movements of one fund/source and function code so far, in fen. */
record FundBalance(Fund fund, FunctionCode function, long opening, long income, long expenditure, long used,
                   long distributed) {

    static FundBalance empty(Fund fund, FunctionCode function) {
        return new FundBalance(fund, function, 0, 0, 0, 0, 0);
    }

    FundBalance plus(EntryType type, long amount) {
        return switch (type) {
            case YEAR_OPENED -> new FundBalance(fund, function, opening + amount, income, expenditure, used, distributed);
            case APPROPRIATION, OTHER_INCOME ->
                    new FundBalance(fund, function, opening, income + amount, expenditure, used, distributed);
            case EXPENDITURE -> new FundBalance(fund, function, opening, income, expenditure + amount, used, distributed);
            case BALANCE_USED -> new FundBalance(fund, function, opening, income, expenditure, used + amount, distributed);
            case SURPLUS_DISTRIBUTED ->
                    new FundBalance(fund, function, opening, income, expenditure, used, distributed + amount);
            default -> throw new IllegalArgumentException(type + " does not move a balance");
        };
    }

    long closing() {
        return opening + income - expenditure + used - distributed;
    }

    boolean isEmpty() {
        return opening == 0 && income == 0 && expenditure == 0 && used == 0 && distributed == 0;
    }

    ClosingBalance toClosing() {
        return new ClosingBalance(fund, function, Fen.of(opening), Fen.of(income), Fen.of(expenditure), Fen.of(used),
                Fen.of(distributed), Fen.of(closing()));
    }
}
