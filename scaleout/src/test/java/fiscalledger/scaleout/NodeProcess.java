package fiscalledger.scaleout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A {@link RecordingNode} in its own JVM, with what it printed so far. */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private NodeProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread pump = new Thread(this::pump, name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    static NodeProcess start(String name, List<String> springProperties, String... units) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Daxoniq.update-checker.disabled=true");
        for (String p : springProperties) {
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
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("recorded") || line.equals("started") || line.equals("idle")
                        || line.contains("ERROR") || line.contains("Exception")) {
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

    String output() {
        return String.join("\n", lines);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no claim is released, an open transaction is lost. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
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
