package fiscalledger.shell.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged jar as a user runs it with a script on standard input: it lives while its input stays open, so a test
 * decides when it ends (closing the input, or SIGKILL), and watches it through what it prints — here `status`, whose
 * rows say where each segment of the read-model processor stands.
 */
final class RunningShell implements AutoCloseable {

    /** One segment of {@code ledger-projections} as `status --format csv` printed it last. */
    record Segment(int segment, boolean workedHere, Long position, long head, boolean replaying) {
    }

    private static final String PROCESSOR = "ledger-projections";
    private static final String STATUS_HEADER = "processor,segment,";

    private final Process process;
    private final OutputStream input;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Map<Integer, Segment> segments = new ConcurrentHashMap<>();
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicInteger answers = new AtomicInteger();

    private RunningShell(Process process) {
        this.process = process;
        this.input = process.getOutputStream();
        Thread reader = new Thread(this::read, "shell-output");
        reader.setDaemon(true);
        reader.start();
    }

    static RunningShell start(Path jar, Path data, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toString(), "--data", data.toString()));
        // standard error too: what a test that fails on a loaded machine needs to show
        return new RunningShell(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.startsWith(STATUS_HEADER)) {
                    answers.incrementAndGet();
                }
                parseSegment(line).ifPresent(s -> segments.put(s.segment(), s));
            }
        } catch (IOException ended) {
            // the process was killed
        }
    }

    /** processor,segment,running,worked by,position,head,lag,replaying,caught up,error */
    static Optional<Segment> parseSegment(String csvLine) {
        String[] f = csvLine.split(",", 10);
        if (f.length < 9 || !f[0].equals(PROCESSOR) || f[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Segment(Integer.parseInt(f[1]), f[3].equals("this process"),
                f[4].isEmpty() ? null : Long.valueOf(f[4]), Long.parseLong(f[5]), f[7].equals("yes")));
    }

    void send(String command) {
        try {
            input.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the shell no longer reads its input (alive: " + process.isAlive() + ")", e);
        }
    }

    /**
     * Asks for `status` unless a question is still unanswered (questions queued behind a slow start would be answered
     * long after they were asked); the answer arrives in {@link #segments()}.
     */
    void askStatus() {
        if (answers.get() >= asked.get()) {
            asked.incrementAndGet();
            send("status --format csv");
        }
    }

    /** Whether the shell has answered a `status`: its store is open and it reads its input. */
    boolean answeredStatus() {
        return answers.get() > 0;
    }

    /** The segments of the read-model processor as the last `status` showed them. */
    Map<Integer, Segment> segments() {
        return Map.copyOf(segments);
    }

    List<String> output() {
        return List.copyOf(output);
    }

    /** The last lines printed, for a failure message. */
    String tail() {
        List<String> lines = output();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no commit, no closing of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Ends the script as a user would (end of input) and waits for the shell to exit. */
    @Override
    public void close() throws InterruptedException {
        try {
            input.close();
        } catch (IOException alreadyGone) {
            // killed before
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }
}
