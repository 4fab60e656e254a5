package fiscalledger.shell;

import fiscalledger.ledger.api.command.RecordExpenditureCommand;
import fiscalledger.shell.command.CommandRegistry;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.projections.table.TableView;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The interactive loop on a JLine terminal built over streams: what a user types in, what the screen shows. */
class InteractiveShellTest {

    @TempDir
    Path data;

    private final FakeLedgerServices services = new FakeLedgerServices();

    private String session(String typed) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            int code = new LedgerShell(CommandRegistry.standard(), services, new ShellSettings(data, data, false))
                    .runInteractive(terminal);
            assertThat(code).isZero();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Runs a session whose user waits for {@code until} before typing {@code typed}. */
    private String sessionTypingAfter(FakeLedgerServices shellServices, Runnable until, String typed) throws Exception {
        return sessionTyping(shellServices, screen -> until.run(), typed);
    }

    /**
     * Runs a session whose user waits before typing {@code typed}: {@code waitBeforeTyping} is given the screen so far
     * and returns once the user would type.
     */
    private String sessionTyping(FakeLedgerServices shellServices, Consumer<ByteArrayOutputStream> waitBeforeTyping,
                                 String typed) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb", input, screen, StandardCharsets.UTF_8)) {
            Thread typist = new Thread(() -> {
                try {
                    waitBeforeTyping.accept(screen);
                    keyboard.write(typed.getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            typist.start();
            int code = new LedgerShell(CommandRegistry.standard(), shellServices, new ShellSettings(data, data, false))
                    .runInteractive(terminal);
            typist.join();
            assertThat(code).isZero();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyStoreIsAnnouncedInOneLineOnLoadingTheSampleAndGettingHelp() throws Exception {
        services.ledgers.clear();
        String screen = sessionUntilScreenShows("is empty", "exit\n");
        assertThat(screen.lines().filter(l -> l.contains("load-sample")).toList()).singleElement().asString()
                .contains("The store in " + data + " is empty", "load-sample", "help");
    }

    @Test
    void aStoreWhoseDatabaseFileExistsButHoldsNoEventIsStillAnnouncedAsEmpty() throws Exception {
        Files.writeString(data.resolve("ledger.mv.db"), "an H2 file created by a start that recorded nothing");
        services.ledgers.clear();
        assertThat(sessionUntilScreenShows("is empty", "exit\n")).contains("load-sample");
    }

    @Test
    void aStoreWithEventsIsNotCalledEmptyEvenWithNoDatabaseFileInTheDataDirectory() throws Exception {
        // a --db jdbc:postgresql store keeps nothing in the data directory
        CountDownLatch asked = new CountDownLatch(1);
        FakeLedgerServices postgres = new FakeLedgerServices() {
            @Override
            public boolean storeIsEmpty() {
                try {
                    return super.storeIsEmpty();
                } finally {
                    asked.countDown();
                }
            }
        };
        String screen = sessionTypingAfter(postgres, () -> await(asked), "units\nexit\n");
        assertThat(screen).contains("山西省行政审批服务管理局").doesNotContain("is empty").doesNotContain("load-sample");
    }

    @Test
    void aReadOnlyStoreSaysOnStartHowFarBehindTheEventsItsReadModelsAre() throws Exception {
        FakeLedgerServices reader = new FakeLedgerServices() {
            @Override
            public java.util.Optional<String> readModelsNotice() {
                return java.util.Optional.of("The store is read-only here: this process is connected as the database"
                        + " user ledger_reader, which may only read. Tables and queries show the read models as the"
                        + " writing process left them, 24 events behind the event store; `status` shows where each"
                        + " segment stands.");
            }
        };
        String announced = sessionUntilScreenShows("24 events behind", "exit\n", reader);
        assertThat(announced).contains("The store is read-only here", "24 events behind the event store", "`status`");
    }

    @Test
    void theEmptyStoreHintNeverDelaysThePrompt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeLedgerServices slowToStart = new FakeLedgerServices() {
            @Override
            public boolean storeIsEmpty() {
                await(release);
                return true;
            }
        };
        String screen = sessionTypingAfter(slowToStart, () -> { }, "units\nexit\n");
        release.countDown();
        // the store never answered while the user worked: the prompt came, the command ran, no stale hint
        assertThat(screen).contains(LedgerShell.PROMPT, "山西省行政审批服务管理局").doesNotContain("is empty");
    }

    private String sessionUntilScreenShows(String text, String typed) throws Exception {
        return sessionUntilScreenShows(text, typed, services);
    }

    private String sessionUntilScreenShows(String text, String typed, FakeLedgerServices shellServices)
            throws Exception {
        return sessionTyping(shellServices, screen -> Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> screen.toString(StandardCharsets.UTF_8).contains(text)), typed);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void showPrintsTheTableWithItsAmountsInWan() throws IOException {
        String screen = session("show 01\nexit\n");
        assertThat(screen).contains("收入支出决算总表", "公开01表", "部门名称：山西省行政审批服务管理局", "42,683.67", "0.69");
    }

    @Test
    void aFailingCommandPrintsOneErrorLineAndTheShellGoesOn() throws IOException {
        String screen = session("show 11\nshow 01\nexit\n");
        assertThat(screen).contains("error: table '11' is unknown; tables are 01, 02");
        assertThat(screen).contains("42,683.67");
    }

    @Test
    void missingRequiredOptionsAreAskedForOneByOne() throws IOException {
        String screen = session("expense --voucher V-1 --date 2024-03-01\n一般公共预算\n2010301\n30201\n公用经费\n1250.00\nexit\n");
        assertThat(screen).contains("资金来源 fund:", "经济科目", "recorded expense voucher V-1 in 229001/2024");
        RecordExpenditureCommand command = (RecordExpenditureCommand) services.recorded.get(0);
        assertThat(command.amount().value()).isEqualTo(125_000L);
        assertThat(command.function().value()).isEqualTo("2010301");
        assertThat(command.kind().label()).isEqualTo("基本支出-公用经费");
    }

    @Test
    void sqlWithoutAQueryAsksForItAndRunsTheAnswer() throws IOException {
        String screen = session("sql\nSELECT unit FROM postings\nexit\n");
        assertThat(screen).contains("SQL query SELECT …", "229001", "(1 row)").doesNotContain("error:");
    }

    @Test
    void aBlankAnswerToAPromptCancelsTheCommandWithoutRecording() throws IOException {
        String screen = session("expense --voucher V-1 --date 2024-03-01\n\nexit\n");
        assertThat(screen).contains("error: cancelled: --fund not given");
        assertThat(services.recorded).isEmpty();
    }

    @Test
    void theEndOfInputLeavesTheShellLikeCtrlD() throws IOException {
        String screen = session("units\n");
        assertThat(screen).contains("229001", "山西省行政审批服务管理局", "2024");
    }

    @Test
    void ctrlCCancelsTheRunningCommandAndTheShellGoesOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        FakeLedgerServices slow = new FakeLedgerServices() {
            @Override
            public TableView table(String tableId, LedgerKey ledger) {
                started.countDown();
                try {
                    new CountDownLatch(1).await(); // a query that would never end
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted");
                }
                return super.table(tableId, ledger);
            }
        };
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(keyboard);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb", input, screen, StandardCharsets.UTF_8)) {
            Thread typist = new Thread(() -> {
                try {
                    keyboard.write("show 01\n".getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                    started.await();
                    terminal.raise(Terminal.Signal.INT);
                    keyboard.write("units\nexit\n".getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            typist.start();
            int code = new LedgerShell(CommandRegistry.standard(), slow, new ShellSettings(data, data, false))
                    .runInteractive(terminal);
            typist.join();
            assertThat(code).isZero();
        }
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("error: cancelled", "山西省行政审批服务管理局  2024");
    }

    @Test
    void historyIsKeptInTheDataDirectory() throws IOException {
        session("units\nexit\n");
        assertThat(Files.readString(data.resolve("history"))).contains("units");
    }
}
