package fiscalledger.shell.command.query;

import fiscalledger.shell.command.CommandFailure;
import fiscalledger.shell.command.OutputFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes what a command would print to a file (`--out`): UTF-8, LF line ends, parent directories created, moved into
 * place once complete ({@link OutputFile}).
 */
final class OutputFiles {

    private OutputFiles() {
    }

    static void write(Path file, List<String> lines) {
        try {
            OutputFile.write(file, out -> {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
                return null;
            });
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + file + ": " + e.getMessage());
        }
    }
}
