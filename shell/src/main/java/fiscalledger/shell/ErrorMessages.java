package fiscalledger.shell;

import fiscalledger.shell.command.CommandFailure;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one line a user sees for a failure. Our own failures already say what is wrong; an exception from below
 * (the ledger rejecting a command, the database refusing a write) is unwrapped down to the cause that explains it,
 * and prefixed with what kind of problem it is only when the message alone would not say.
 */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(Throwable e) {
        if (e instanceof CommandFailure) {
            return oneLine(e.getMessage());
        }
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || blank(cause.getMessage())) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        // the innermost IllegalArgumentException/IllegalStateException is the ledger's own words for the rule broken
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if ((t instanceof IllegalArgumentException || t instanceof IllegalStateException
                    || t instanceof CommandFailure) && !blank(t.getMessage())) {
                cause = t;
            }
        }
        String message = blank(cause.getMessage()) ? cause.getClass().getSimpleName() : cause.getMessage();
        return oneLine(message);
    }

    /**
     * The deepest cause's message: for a failed start, Spring wraps the reason (a locked database file, a bad
     * setting) in several layers of bean-creation messages that say nothing to a user.
     */
    public static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = blank(root.getMessage()) ? root.getClass().getSimpleName() : root.getMessage();
        String line = oneLine(message.split("; SQL statement:")[0]);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String oneLine(String message) {
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > 1000 ? line.substring(0, 1000) + "…" : line;
    }
}
