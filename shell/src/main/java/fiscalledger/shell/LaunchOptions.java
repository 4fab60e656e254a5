package fiscalledger.shell;

import fiscalledger.ledger.api.Role;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's command-line options: --data DIR, --db JDBC_URL, -e CMD (repeatable), --debug, --user U, --role R,
 * --read-only, --db-reader-user U, --help. {@code database} is null for the embedded H2 store in the data directory;
 * {@code readerUser} (null when not given) is the SELECT-only PostgreSQL user a read-only process connects as, its
 * password from --db-reader-password or the environment variable {@value #READER_PASSWORD_VARIABLE}.
 */
public record LaunchOptions(Path dataDirectory, List<String> commands, boolean debug, String user, boolean help,
                            Role role, boolean readOnly, String database, String readerUser, String readerPassword) {

    public static final String READER_PASSWORD_VARIABLE = "FISCAL_LEDGER_DB_READER_PASSWORD";

    public static final String USAGE = """
            usage: java -jar ledger-shell.jar [--data DIR | --db JDBC_URL] [--user NAME] [--role ROLE] [--read-only]
                                             [--debug] [-e COMMAND]... [--help]
              --data DIR     data directory (default ~/.fiscal-ledger); created on first use (--data-dir DIR too)
              --db URL       keep everything in this database instead, e.g. jdbc:postgresql://host:5432/ledger
                             (user and password: SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD)
              --user NAME    who is recording, kept with every event (default: the login name)
              --role ROLE    officer (default: may record), auditor or analyst (both record nothing, as --read-only)
              --read-only    record nothing: recording commands are refused; queries work, and replay rebuilds
                             the read models from the events (it never changes an event)
              --db-reader-user NAME  with --db, a read-only process (--read-only, auditor, analyst) connects as this
                             PostgreSQL user, which holds SELECT rights only (password: --db-reader-password or
                             FISCAL_LEDGER_DB_READER_PASSWORD); it reads the read models the writing processes keep
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
        String database = null;
        String readerUser = null;
        String readerPassword = System.getenv(READER_PASSWORD_VARIABLE);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                // --data-dir: the name of the property behind it (fiscal-ledger.data-dir), which people type too
                case "--data", "--data-dir", "-d" -> data = Path.of(value(args, ++i, arg));
                case "-e", "--execute" -> commands.add(value(args, ++i, arg));
                case "--user", "-u" -> user = value(args, ++i, arg);
                case "--role" -> role = Role.parse(value(args, ++i, arg));
                case "--read-only" -> readOnly = true;
                case "--db" -> database = value(args, ++i, arg);
                case "--db-reader-user" -> readerUser = value(args, ++i, arg);
                case "--db-reader-password" -> readerPassword = value(args, ++i, arg);
                case "--debug" -> debug = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--data=") || arg.startsWith("--data-dir=")) {
                        data = Path.of(arg.substring(arg.indexOf('=') + 1));
                    } else if (arg.startsWith("--role=")) {
                        role = Role.parse(arg.substring("--role=".length()));
                    } else if (arg.startsWith("--db=")) {
                        database = arg.substring("--db=".length());
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
        if (database != null && !database.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--db takes a JDBC URL such as jdbc:postgresql://host:5432/ledger, not '"
                    + database + "'");
        }
        if (readerUser != null && database == null) {
            throw new IllegalArgumentException("--db-reader-user names a PostgreSQL user: it needs --db URL (the"
                    + " embedded store in --data is opened read-only with --read-only alone)");
        }
        if (readerUser != null && readerUser.isBlank()) {
            throw new IllegalArgumentException("--db-reader-user needs a name");
        }
        return new LaunchOptions(data.toAbsolutePath().normalize(), List.copyOf(commands), debug, user.strip(), help,
                role, readOnly || !role.mayRecord(), database, readerUser == null ? null : readerUser.strip(),
                readerPassword == null ? "" : readerPassword);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; see --help");
        }
        return args[index];
    }
}
