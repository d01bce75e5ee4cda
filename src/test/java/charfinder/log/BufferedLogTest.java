package charfinder.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server's log path: a {@link NonBlockingAppender} in front of a {@link BufferedStderrAppender}. */
class BufferedLogTest {

    /** Standard error as a test sees it: what reached it, in how many writes, and whether it was closed. */
    private static final class Output extends ByteArrayOutputStream {
        int writes;
        boolean closed;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            writes++;
            super.write(b);
        }

        @Override
        public void close() {
            closed = true;
        }

        synchronized List<String> lines() {
            String text = toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }
    }

    private final LoggerContext context = new LoggerContext();
    private final Output output = new Output();
    private NonBlockingAppender queue;
    private Logger logger;

    @BeforeEach
    void start() {
        // What logback's own start-up gives a context: prepareForDeferredProcessing copies the MDC.
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        BufferedStderrAppender stderr = new BufferedStderrAppender(output);
        stderr.setContext(context);
        stderr.setEncoder(encoder);
        stderr.start();
        queue = new NonBlockingAppender();
        queue.setContext(context);
        queue.setQueueSize(100_000);
        queue.addAppender(stderr);
        queue.start();
        logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.addAppender(queue);
    }

    @AfterEach
    void stop() {
        queue.stop();
    }

    @Test
    void aLineIsOutPromptlyWithoutAnyStop() throws InterruptedException {
        logger.info("one line");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (output.lines().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(List.of("one line"), output.lines());
    }

    @Test
    void aBurstOfLinesArrivesWholeInOrderInFewWrites() throws InterruptedException {
        int lines = 20_000;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            expected.add("GET /api/search?query=cat+face " + i);
            logger.info(expected.get(i));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (output.lines().size() < lines && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        List<String> written = output.lines();
        assertEquals(lines, written.size(), "lines written");
        assertTrue(expected.equals(written), "the lines, in order");
        // About 40 bytes a line through a 64 KiB buffer: a write per 1,600 lines when full, more
        // when the writer catches up with the queue; a write a line is what this class prevents.
        assertTrue(output.writes < lines / 20, output.writes + " writes for " + lines + " lines");
        assertEquals(0, queue.dropped());
    }

    @Test
    void stoppingWritesEverythingOutAndLeavesStandardErrorOpen() {
        for (int i = 0; i < 1000; i++) {
            logger.info("line " + i);
        }
        queue.stop();
        assertEquals(1000, output.lines().size());
        assertEquals("line 999", output.lines().get(999));
        assertFalse(output.closed, "standard error outlives the log");
    }

    @Test
    void aWriterAsleepAfterQuietTimeWakesForTheNextLine() throws InterruptedException {
        logger.info("first");
        // Well past the writer's naps (a tenth of a second): it sleeps until a line wakes it.
        Thread.sleep(400);
        long sent = System.nanoTime();
        logger.info("second");
        long deadline = sent + TimeUnit.SECONDS.toNanos(5);
        while (output.lines().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(List.of("first", "second"), output.lines());
        assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(1), "the second line waited a second or more");
    }

    @Test
    void linesFromManyThreadsAtOnceAllArrive() throws InterruptedException {
        int threads = 8;
        int each = 5_000;
        List<Thread> loggers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "t" + t;
            loggers.add(new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    logger.info(name + " " + i);
                }
            }));
        }
        loggers.forEach(Thread::start);
        for (Thread t : loggers) {
            t.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (output.lines().size() < threads * each && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        List<String> written = output.lines();
        assertEquals(threads * each, written.size());
        // Each thread's lines in its own order.
        for (int t = 0; t < threads; t++) {
            String prefix = "t" + t + " ";
            List<String> mine = written.stream().filter(line -> line.startsWith(prefix)).toList();
            for (int i = 0; i < each; i++) {
                assertEquals(prefix + i, mine.get(i));
            }
        }
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfWaiting() throws InterruptedException {
        LoggerContext own = new LoggerContext();
        own.setMDCAdapter(new LogbackMDCAdapter());
        own.start();
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        // An output that hangs on its first line, as standard error in a pipe nobody reads.
        AppenderBase<ILoggingEvent> hanging = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                writing.countDown();
                try {
                    stuck.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.add(event.getFormattedMessage());
            }
        };
        hanging.setContext(own);
        hanging.start();
        NonBlockingAppender small = new NonBlockingAppender();
        small.setContext(own);
        small.setQueueSize(10);
        small.addAppender(hanging);
        small.start();
        Logger log = own.getLogger("small");
        log.addAppender(small);
        try {
            log.info("line 0");
            assertTrue(writing.await(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            for (int i = 1; i <= 100; i++) {
                log.info("line " + i);
            }
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "logging waited for the output");
            // Line 0 is being written, lines 1 to 10 wait in the queue, the other 90 are dropped.
            assertEquals(90, small.dropped());
            stuck.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (written.size() < 12 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            // The report comes as soon as a line got through: right after line 0.
            assertEquals("90 log lines were dropped: the log output could not keep up", written.get(1));
            assertEquals("line 1", written.get(2));
            assertEquals("line 10", written.get(11));
            assertEquals(12, written.size());
        } finally {
            stuck.countDown();
            small.stop();
        }
    }
}
