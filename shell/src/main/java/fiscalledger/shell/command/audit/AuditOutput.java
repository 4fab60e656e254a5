package fiscalledger.shell.command.audit;

import fiscalledger.ledger.api.Fen;
import fiscalledger.projections.Cutoff;
import fiscalledger.shell.command.CommandContext;
import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OptionSpec;
import fiscalledger.shell.command.Values;
import fiscalledger.shell.render.Grid;
import fiscalledger.shell.render.GridRenderer;
import fiscalledger.shell.render.OutputFormat;

import java.util.List;

/** What the audit commands share: their --format option, printing a grid, and amounts as auditors read them. */
final class AuditOutput {

    private AuditOutput() {
    }

    static OptionSpec formatOption() {
        return OptionSpec.optional("format", "text|csv|json|md", "output format (default text)",
                Values.of(OutputFormat.choices()));
    }

    static OutputFormat format(fiscalledger.shell.command.Arguments args) {
        return args.option("format").map(OutputFormat::parse).orElse(OutputFormat.TEXT);
    }

    /** Prints the grid; in text, with the heading above and the footer lines below it. */
    static void print(CommandContext context, OutputFormat format, List<String> heading, Grid grid,
                      List<String> footer) {
        List<String> lines = GridRenderer.render(grid, format);
        if (format == OutputFormat.TEXT) {
            List<String> all = new java.util.ArrayList<>(heading);
            all.addAll(lines);
            all.addAll(footer);
            context.page(all);
        } else {
            lines.forEach(context.out()::println);
        }
    }

    /** Yuan with two decimals, exact: 1234.50. */
    static String yuan(Fen amount) {
        return amount == null ? "" : amount.toYuan().toPlainString();
    }

    /** 万元 as the tables print them (half-up). */
    static String wan(Fen amount, int decimals) {
        return amount.toWan(decimals).toPlainString();
    }

    static String cutoffSuffix(Cutoff cutoff) {
        return cutoff.isNone() ? "" : " (" + cutoff.describe() + ")";
    }

    static List<Boolean> numeric(int columns, int... numericColumns) {
        Boolean[] flags = new Boolean[columns];
        java.util.Arrays.fill(flags, Boolean.FALSE);
        for (int c : numericColumns) {
            flags[c] = Boolean.TRUE;
        }
        return List.of(flags);
    }

    /**
     * Runs {@code body} with its output going to {@code file} (UTF-8, parent directories created) and returns how
     * many lines it wrote; a file that cannot be written is the command's error, and a body that fails leaves the
     * file as it was (see {@link fiscalledger.shell.command.OutputFile}).
     */
    static long toFile(java.nio.file.Path file, CommandContext context,
                       java.util.function.Consumer<CommandContext> body) {
        try {
            return fiscalledger.shell.command.OutputFile.write(file, raw -> {
                long[] lines = {0};
                java.io.PrintWriter writer = new java.io.PrintWriter(new java.io.FilterWriter(raw) {
                    @Override
                    public void write(int c) throws java.io.IOException {
                        if (c == '\n') {
                            lines[0]++;
                        }
                        super.write(c);
                    }

                    @Override
                    public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                        for (int i = offset; i < offset + length; i++) {
                            if (buffer[i] == '\n') {
                                lines[0]++;
                            }
                        }
                        super.write(buffer, offset, length);
                    }

                    @Override
                    public void write(String text, int offset, int length) throws java.io.IOException {
                        for (int i = offset; i < offset + length; i++) {
                            if (text.charAt(i) == '\n') {
                                lines[0]++;
                            }
                        }
                        super.write(text, offset, length);
                    }
                });
                body.accept(context.writingTo(writer));
                writer.flush();
                if (writer.checkError()) {
                    throw new CommandFailure("cannot write " + file);
                }
                return lines[0];
            });
        } catch (java.io.IOException e) {
            throw new CommandFailure("cannot write " + file + ": " + e.getMessage());
        }
    }
}
