package fiscalledger.shell;

import fiscalledger.ledger.api.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The jar's command-line options: --data DIR, -e CMD (repeatable), --debug, --user U, --role R, --read-only, --help. */
public record LaunchOptions(Path dataDirectory, List<String> commands, boolean debug, String user, boolean help,
                            Role role, boolean readOnly) {

    public static final String USAGE = """
            usage: java -jar ledger-shell.jar [--data DIR] [--user NAME] [--debug] [-e COMMAND]... [--help]
              --data DIR     data directory (default ~/.fiscal-ledger); created on first use
              --user NAME    who is recording, kept with every event (default: the login name)
              --role ROLE    officer (default: may record), auditor or analyst (both always read-only)
              --read-only    open the data read-only: recording commands are refused, queries work
              -e COMMAND     run COMMAND and exit (repeat for more, run in order); exit code 1 if any failed
              --debug        show stack traces and the ledger's log on stderr
              --help         this text
            Without -e, commands are read from standard input when it is not a terminal (one per line, # comments);
            otherwise an interactive shell starts (type `help` in it).""";

    public static LaunchOptions parse(String[] args) {
        Path data = Path.of(System.getProperty("user.home"), ".fiscal-ledger");
        List<String> commands = new ArrayList<>();
        boolean debug = false;
        boolean help = false;
        String user = System.getProperty("user.name", "unknown");
        Role role = Role.OFFICER;
        boolean readOnly = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data", "-d" -> data = Path.of(value(args, ++i, arg));
                case "-e", "--execute" -> commands.add(value(args, ++i, arg));
                case "--user", "-u" -> user = value(args, ++i, arg);
                case "--role" -> role = Role.parse(value(args, ++i, arg));
                case "--read-only" -> readOnly = true;
                case "--debug" -> debug = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--data=")) {
                        data = Path.of(arg.substring("--data=".length()));
                    } else if (arg.startsWith("--role=")) {
                        role = Role.parse(arg.substring("--role=".length()));
                    } else if (arg.startsWith("--user=")) {
                        user = arg.substring("--user=".length());
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'; see --help");
                    }
                }
            }
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("--user needs a name");
        }
        return new LaunchOptions(data.toAbsolutePath().normalize(), List.copyOf(commands), debug, user.strip(), help,
                role, readOnly || !role.mayRecord());
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; see --help");
        }
        return args[index];
    }
}
