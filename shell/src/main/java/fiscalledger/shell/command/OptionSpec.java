package fiscalledger.shell.command;

/**
 * One {@code --name value} option (or a {@code --name} flag) of a command: what help prints, what completion offers,
 * and what the shell asks for interactively when a required one is missing.
 */
public record OptionSpec(String name, String valueName, String help, boolean required, boolean flag, Values values) {

    public static OptionSpec optional(String name, String valueName, String help, Values values) {
        return new OptionSpec(name, valueName, help, false, false, values);
    }

    public static OptionSpec required(String name, String valueName, String help, Values values) {
        return new OptionSpec(name, valueName, help, true, false, values);
    }

    public static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, null, help, false, true, Values.none());
    }

    public String usage() {
        String form = "--" + name + (flag ? "" : " " + valueName);
        return required ? form : "[" + form + "]";
    }
}
