package fiscalledger.shell.command;

/**
 * A command did not do what was asked. The message is the one line the user sees (on stderr in scripts), so it
 * names what was wrong and, where it can, what to do instead.
 */
public class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
