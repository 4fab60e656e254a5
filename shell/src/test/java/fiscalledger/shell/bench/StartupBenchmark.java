package fiscalledger.shell.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures what a user waits for when starting the shell: from `java -jar` to the prompt, and to the answer of the
 * first command that needs the ledger (Spring, Axon, H2 started behind the prompt). The shell runs under a
 * pseudo-terminal (util-linux `script`), as at a real terminal. Not a test: run it by hand after `package`:
 * <pre>
 * java -cp shell/target/test-classes fiscalledger.shell.bench.StartupBenchmark shell/target/ledger-shell.jar [runs]
 * </pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "shell/target/ledger-shell.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Files.createTempDirectory("ledger-bench");
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(once(jar, data));
            System.out.printf("run %d: prompt after %d ms, first ledger answer after %d ms%n", i + 1,
                    results.get(i)[0], results.get(i)[1]);
        }
        System.out.printf("median: prompt %d ms, ledger ready %d ms (%d runs, %d cores)%n",
                median(results, 0), median(results, 1), runs, Runtime.getRuntime().availableProcessors());
    }

    private static long[] once(Path jar, Path data) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // script gives the pty no size when it has no terminal itself; the prompt needs a width to be drawn
        String command = "stty cols 120 rows 40; " + java + " -jar " + jar + " --data " + data;
        long start = System.nanoTime();
        Process process = new ProcessBuilder("script", "-qfec", command, "/dev/null").redirectErrorStream(true).start();
        InputStream screen = process.getInputStream();
        OutputStream keyboard = process.getOutputStream();
        StringBuilder seen = new StringBuilder();
        waitFor(screen, seen, "ledger> ");
        long prompt = millisSince(start);
        keyboard.write("units\n".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        waitFor(screen, seen, "load-sample` to load the sample year, or");
        long ready = millisSince(start);
        keyboard.write("exit\n".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new long[]{prompt, ready};
    }

    private static void waitFor(InputStream screen, StringBuilder seen, String text) throws IOException {
        byte[] buffer = new byte[4096];
        while (!seen.toString().contains(text)) {
            int n = screen.read(buffer);
            if (n < 0) {
                throw new IllegalStateException("the shell ended before showing '" + text + "':\n" + seen);
            }
            seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        seen.setLength(0);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<long[]> results, int column) {
        return results.stream().mapToLong(r -> r[column]).sorted().skip(results.size() / 2).findFirst().orElse(0);
    }
}
