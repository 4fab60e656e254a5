package fiscalledger.shell.command;

/** A positional argument such as show's TABLE or import's FILE. */
public record PositionalSpec(String name, String help, boolean required, Values values) {

    public String usage() {
        return required ? name : "[" + name + "]";
    }
}
