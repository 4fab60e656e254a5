package fiscalledger.ledger.access;

import fiscalledger.ledger.api.LedgerMetadata;
import fiscalledger.ledger.api.command.ReadOnlyLedgerException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The command bus's gate. In a read-only ledger every command is refused at dispatch, before any unit of work, so no
 * path — the shell, an import, a test or a tool talking to the bus — can write. Otherwise it names the recording
 * user on every command that does not already name one; the correlation provider carries that name to every event.
 */
public final class RecordingGuard implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final LedgerAccess access;

    public RecordingGuard(LedgerAccess access) {
        this.access = access;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (access.readOnly()) {
                throw new ReadOnlyLedgerException(access.refusal(describe(command)));
            }
            Object user = command.getMetaData().get(LedgerMetadata.USER);
            if (user == null || user.toString().isBlank()) {
                return command.andMetaData(java.util.Map.of(LedgerMetadata.USER, access.user()));
            }
            return command;
        };
    }

    private static String describe(CommandMessage<?> command) {
        String type = command.getPayloadType().getSimpleName();
        return type.endsWith("Command") ? type.substring(0, type.length() - "Command".length()) : type;
    }
}
