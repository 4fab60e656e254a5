package fiscalledger.shell.command;

import java.util.Optional;

/** Asks the officer at the terminal for a value a command needs; empty when they give none (a blank line). */
@FunctionalInterface
public interface Prompter {

    Optional<String> ask(String label, Values values);
}
