package fiscalledger.shell.command.query;

import fiscalledger.shell.command.CommandFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes what a command would print to a file (`--out`): UTF-8, LF line ends, parent directories created. */
final class OutputFiles {

    private OutputFiles() {
    }

    static void write(Path file, List<String> lines) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + file + ": " + e.getMessage());
        }
    }
}
