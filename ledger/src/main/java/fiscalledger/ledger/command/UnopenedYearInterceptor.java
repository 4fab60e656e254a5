package fiscalledger.ledger.command;

import fiscalledger.ledger.api.command.EntryProblem;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.LedgerRuleException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns Axon's "aggregate not found" for an entry into what the officer needs to read: the year is not open.
 */
@Component
public class UnopenedYearInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateNotFoundException e) {
            if (unitOfWork.getMessage().getPayload() instanceof LedgerCommand command) {
                throw new LedgerRuleException(new EntryProblem("", 0, command.voucher(), "year",
                        FiscalYearLedger.notOpen(command.ledger()) + "; open it first"));
            }
            throw e;
        }
    }
}
