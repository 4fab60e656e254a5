package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.command.UseNonFiscalBalanceCommand;

/** `use-balance` records 使用非财政拨款结余 of a non-fiscal source on a function code. */
public final class UseBalanceCommand extends NonFiscalBalanceCommand {

    public UseBalanceCommand() {
        super("use-balance", "use non-fiscal balance (使用非财政拨款结余) to cover spending", UseNonFiscalBalanceCommand::new);
    }
}
