package fiscalledger.shell.command;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file a command writes its output to (`--out FILE`): the output goes to a hidden file beside it and is moved into
 * place only once the command has written all of it, so a command failing midway leaves FILE as it was (a file of
 * that name from an earlier run included) and no half-written export behind.
 */
public final class OutputFile {

    /** What writes the output; its result is handed back (a count of rows or lines). */
    @FunctionalInterface
    public interface Body<T> {
        T write(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * The folder {@link #write} will create to hold the file (with any missing folders above it), or empty when it
     * exists. Scripts rely on --out creating folders; the command says that it did, so that a mistyped path does not
     * pass unnoticed.
     */
    public static Optional<Path> missingFolder(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null || Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir);
    }

    /** The line a command prints after writing into a folder it created: {@code created folder /x/exports}. */
    public static String createdLine(Path folder) {
        return "created folder " + folder;
    }

    public static <T> T write(Path file, Body<T> body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        List<Path> created = new ArrayList<>();
        for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
            created.add(0, d);
        }
        Files.createDirectories(dir);
        boolean written = false;
        try {
            T result = writeInto(dir, target, body);
            written = true;
            return result;
        } finally {
            if (!written) {
                // a failed export leaves nothing behind: no file and no folder made for it
                for (int i = created.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(created.get(i));
                    } catch (IOException notEmpty) {
                        break;
                    }
                }
            }
        }
    }

    private static <T> T writeInto(Path dir, Path target, Body<T> body) throws IOException {
        // not createTempFile: its owner-only permissions would pass to the export; a new file gets the usual ones
        Path part = dir.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        try {
            T result;
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                result = body.write(out);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
