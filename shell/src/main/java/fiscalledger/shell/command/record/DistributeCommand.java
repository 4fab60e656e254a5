package fiscalledger.shell.command.record;

import fiscalledger.ledger.api.command.DistributeSurplusCommand;

/** `distribute` records 结余分配 of a non-fiscal source on a function code. */
public final class DistributeCommand extends NonFiscalBalanceCommand {

    public DistributeCommand() {
        super("distribute", "record a surplus distribution (结余分配)", DistributeSurplusCommand::new);
    }
}
