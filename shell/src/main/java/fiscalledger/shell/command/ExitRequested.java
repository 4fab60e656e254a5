package fiscalledger.shell.command;

/** Thrown by `exit` to leave the shell after the current command. */
public final class ExitRequested extends RuntimeException {

    public ExitRequested() {
        super("exit", null, false, false);
    }
}
