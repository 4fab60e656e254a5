package fiscalledger.ledger.catalog;

import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.api.command.RegisterCodeCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Routes every {@link RegisterCodeCommand} to the one {@link CodeRegistry}, creating it on the first registration. */
@Component
public class RegisterCodeHandler {

    private final Repository<CodeRegistry> registry;

    public RegisterCodeHandler(@Qualifier("codeRegistryRepository") Repository<CodeRegistry> registry) {
        this.registry = registry;
    }

    @CommandHandler
    public RecordingResult handle(RegisterCodeCommand command, CodeCatalog catalog) throws Exception {
        return registry.loadOrCreate(CodeRegistry.ID, () -> new CodeRegistry(CodeRegistry.ID))
                .invoke(r -> r.register(command, catalog));
    }
}
