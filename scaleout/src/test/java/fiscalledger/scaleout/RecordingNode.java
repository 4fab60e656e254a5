package fiscalledger.scaleout;

import fiscalledger.ledger.api.FiscalYear;
import fiscalledger.ledger.api.LedgerKey;
import fiscalledger.ledger.api.UnitCode;
import fiscalledger.ledger.api.command.JournalEntry;
import fiscalledger.ledger.api.command.LedgerCommand;
import fiscalledger.ledger.api.command.RecordJournalCommand;
import fiscalledger.ledger.api.command.RecordingResult;
import fiscalledger.ledger.api.event.ExpenditureRecordedEvent;
import fiscalledger.projections.readmodel.LedgerProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One ledger process of the scale-out test: started as its own JVM with its database in system properties, it records
 * a synthetic 2024 for each {@code UNIT:ENTRIES} argument through its own command bus (chunks of 250 entries, one
 * command each, as an import does), says so on standard output, and keeps processing projections until its standard
 * input ends (then it stops in an orderly way) or it is killed.
 * <p>
 * For the kill test, a process may be told to wait for a {@code go} line before it records ({@value #WAIT_FOR_GO})
 * and to <em>freeze mid-batch</em> ({@value #FREEZE_AFTER} = n): once its projection has handled n events after the
 * go, the next batch that holds a payment stops in its commit phase, after the token
 * and that batch's postings have been written and before they are committed, and the process prints
 * {@code frozen segment S position P}. The batch's database transaction stays open, exactly as in a process that
 * dies at that moment, until the test kills the process. With {@value #PAUSE_AT} = k its recording waits before the
 * k-th entry until the projection froze, so that the process is certainly still recording when it is killed,
 * however fast or slow the machine is.
 */
public final class RecordingNode {

    static final String FREEZE_AFTER = "scaleout-test.freeze-after-handled";
    static final String WAIT_FOR_GO = "scaleout-test.wait-for-go";
    static final String PAUSE_AT = "scaleout-test.pause-recording-at";
    private static final int CHUNK = 250;

    private static final CountDownLatch frozen = new CountDownLatch(1);
    private static final AtomicBoolean going = new AtomicBoolean(!Boolean.getBoolean(WAIT_FOR_GO));
    private static final AtomicInteger chunksRecorded = new AtomicInteger();

    public static void main(String[] args) throws IOException, InterruptedException {
        ConfigurableApplicationContext context = NodeApplication.start(List.of());
        int freezeAfter = Integer.getInteger(FREEZE_AFTER, -1);
        if (freezeAfter >= 0) {
            freezeMidBatch(context, freezeAfter);
        }
        if (Boolean.getBoolean("scaleout-test.trace-batches")) {
            traceBatches(context);
        }
        System.out.println("started");
        System.out.flush();
        java.io.BufferedReader input = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        if (!going.get()) {
            // the test says when: after it has seen both processes share the segments
            String line = input.readLine();
            while (line != null && !line.equals("go")) {
                line = input.readLine();
            }
            going.set(true);
            System.out.println("going");
            System.out.flush();
        }
        CommandGateway commands = context.getBean(CommandGateway.class);
        int pauseAt = Integer.getInteger(PAUSE_AT, -1);
        int sent = 0;
        for (String arg : args) {
            String[] parts = arg.split(":");
            UnitCode unit = new UnitCode(parts[0]);
            FiscalYear year = new FiscalYear(2024);
            List<LedgerCommand> entries = SyntheticYear.of(unit, year, Integer.parseInt(parts[1]), 7);
            int recorded = 0;
            for (int from = 0; from < entries.size(); from += CHUNK) {
                int to = Math.min(entries.size(), from + CHUNK);
                if (pauseAt >= 0 && sent + (to - from) > pauseAt && frozen.getCount() > 0) {
                    System.out.println("recording waits for the projection to freeze, at " + java.time.Instant.now());
                    System.out.flush();
                    if (!frozen.await(10, TimeUnit.MINUTES)) {
                        System.out.println("the projection never froze");
                        System.out.flush();
                    }
                }
                List<JournalEntry> lines = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    lines.add(new JournalEntry("node-" + parts[0], i + 1L, entries.get(i)));
                }
                RecordingResult result = commands.sendAndWait(
                        new RecordJournalCommand(LedgerKey.of(unit, year), lines));
                recorded += result.recorded();
                sent += to - from;
                chunksRecorded.incrementAndGet();
            }
            System.out.println("recorded " + unit.value() + " " + recorded + " at " + java.time.Instant.now());
            System.out.flush();
        }
        System.out.println("idle");
        System.out.flush();
        while (input.readLine() != null) {
            // wait for the test to close our input
        }
        context.close();
        System.exit(0);
    }

    private static void freezeMidBatch(ConfigurableApplicationContext context, int after) {
        TrackingEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        AtomicInteger handled = new AtomicInteger();
        AtomicBoolean armed = new AtomicBoolean(true);
        processor.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            // counted once this process has recorded something itself, so that it dies with entries of its own stored
            if (going.get() && chunksRecorded.get() > 0 && handled.incrementAndGet() > after
                    && unitOfWork.getMessage().getPayload() instanceof ExpenditureRecordedEvent
                    && armed.compareAndSet(true, false)) {
                long position = ((TrackedEventMessage<?>) unitOfWork.getMessage()).trackingToken().position().orElse(-1);
                String aggregate = ((DomainEventMessage<?>) unitOfWork.getMessage()).getAggregateIdentifier();
                int segment = processor.processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                        .filter(s -> s.matches(aggregate)).mapToInt(Segment::getSegmentId).findFirst().orElse(-1);
                // registered from within the commit phase, so it runs after every other commit-phase step of the
                // batch: the token update and the postings' batch insert have been sent, nothing is committed
                unitOfWork.onPrepareCommit(u -> u.onPrepareCommit(v -> freeze(segment, position)));
            }
            return result;
        });
    }

    private static void traceBatches(ConfigurableApplicationContext context) {
        TrackingEventProcessor processor = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.registerHandlerInterceptor((unitOfWork, chain) -> {
            long position = ((TrackedEventMessage<?>) unitOfWork.getMessage()).trackingToken().position().orElse(-1);
            long[] seen = unitOfWork.getOrComputeResource("trace", k -> {
                long[] s = {Long.MAX_VALUE, Long.MIN_VALUE, 0};
                String head = "batch " + Thread.currentThread().getName() + " segment "
                        + unitOfWork.getResource("Processor[" + LedgerProjection.PROCESSING_GROUP + "]/SegmentId")
                        + " token " + unitOfWork.getResource("Processor[" + LedgerProjection.PROCESSING_GROUP + "]/Token");
                unitOfWork.afterCommit(u -> System.out.println(head + " events " + s[0] + ".." + s[1] + " n=" + s[2] + " committed " + java.time.Instant.now()));
                unitOfWork.onRollback(u -> System.out.println(head + " events " + s[0] + ".." + s[1] + " n=" + s[2] + " rolled back " + java.time.Instant.now()));
                return s;
            });
            seen[0] = Math.min(seen[0], position);
            seen[1] = Math.max(seen[1], position);
            seen[2]++;
            return chain.proceed();
        });
    }

    private static void freeze(int segment, long position) {
        System.out.println("frozen segment " + segment + " position " + position + " at " + java.time.Instant.now());
        System.out.flush();
        frozen.countDown();
        while (true) {
            try {
                TimeUnit.MINUTES.sleep(1);
            } catch (InterruptedException e) {
                // stay frozen: only the kill ends this batch
            }
        }
    }
}
