package fiscalledger.scaleout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RecordingNode} in its own JVM, with what it printed so far; the whole output is also kept in
 * {@code target/multi-process/NAME.log} for a failure's post-mortem.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Path log;

    private NodeProcess(String name, Process process) throws IOException {
        this.name = name;
        this.process = process;
        this.log = Files.createDirectories(Path.of("target", "multi-process")).resolve(name + ".log");
        Thread pump = new Thread(this::pump, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** {@code springProperties} and {@code testProperties} become system properties of the new JVM. */
    static NodeProcess start(String name, List<String> springProperties, List<String> testProperties,
                             String... units) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Daxoniq.update-checker.disabled=true");
        for (String p : springProperties) {
            command.add("-D" + p);
        }
        for (String p : testProperties) {
            command.add("-D" + p);
        }
        command.add("-Dfiscal-ledger.node-id=" + name);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RecordingNode.class.getName());
        command.addAll(List.of(units));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new NodeProcess(name, process);
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                out.println(line);
                if (line.startsWith("recorded") || line.startsWith("frozen") || line.equals("started")
                        || line.equals("idle") || line.contains("ERROR") || line.contains("Exception")) {
                    System.out.println("[" + name + "] " + line);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    boolean printed(String line) {
        return lines.contains(line);
    }

    boolean printedStartingWith(String prefix) {
        return lines.stream().anyMatch(l -> l.startsWith(prefix));
    }

    /** The first line printed that starts with {@code prefix}, or null. */
    String lineStartingWith(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
    }

    /** The last lines printed (a whole Spring log would drown a failure message). */
    String output() {
        List<String> all = List.copyOf(lines);
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size())) + "\n(whole output in " + log + ")";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no claim is released, an open transaction is lost. */
    void kill() throws InterruptedException {
        System.out.println("[" + name + "] killed at " + java.time.Instant.now());
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Writes one line to its input. */
    void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** Ends its input: it stops in an orderly way, releasing its segments. */
    int stop() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
