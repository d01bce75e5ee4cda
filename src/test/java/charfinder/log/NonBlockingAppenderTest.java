package charfinder.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

@Timeout(10)
class NonBlockingAppenderTest {

    /** An output that takes its first line only when let go, like standard error in a pipe nobody reads. */
    private static final class StuckOutput extends AppenderBase<ILoggingEvent> {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);
        final List<ILoggingEvent> written = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            writing.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(event);
        }

        List<String> lines() {
            return written.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** A started queue of {@code size} lines in front of a started {@code output}, in the process's own context. */
    private static NonBlockingAppender queue(int size, StuckOutput output) {
        // The process's own context: a new one would lack the MDC that events record.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        output.setContext(context);
        output.start();
        NonBlockingAppender appender = new NonBlockingAppender();
        appender.setContext(context);
        appender.setQueueSize(size);
        appender.addAppender(output);
        appender.start();
        return appender;
    }

    @Test
    void theDropsSinceTheStartStayCountedOnceReported() throws Exception {
        StuckOutput output = new StuckOutput();
        NonBlockingAppender appender = queue(1, output);
        LoggerContext context = (LoggerContext) appender.getContext();
        long before = NonBlockingAppender.droppedSinceStart();

        appender.doAppend(event(context, 0));
        assertThat(output.writing.await(5, TimeUnit.SECONDS)).isTrue();
        // The writer is stuck in the first line: one more fills the queue, the other nine are dropped.
        for (int i = 1; i <= 10; i++) {
            appender.doAppend(event(context, i));
        }
        assertThat(appender.dropped()).isEqualTo(9);
        assertThat(NonBlockingAppender.droppedSinceStart() - before).isEqualTo(9);

        output.letGo.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!output.lines().contains("9 log lines were dropped: the log output could not keep up")
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(output.lines()).contains("line 0", "line 1", "9 log lines were dropped: the log output could not keep up");
        assertThat(appender.dropped()).isZero();
        assertThat(NonBlockingAppender.droppedSinceStart() - before).isEqualTo(9);
        appender.stop();
    }

    @Test
    void aBatchIsWrittenAsALineEachAndCountsAsItsLinesInTheQueue() throws Exception {
        StuckOutput output = new StuckOutput();
        NonBlockingAppender appender = queue(4, output);
        LoggerContext context = (LoggerContext) appender.getContext();
        List<ILoggingEvent> written = output.written;

        appender.doAppend(event(context, 0));
        assertThat(output.writing.await(5, TimeUnit.SECONDS)).isTrue();
        // The writer is stuck in the first line: a batch of three fits in the queue of four, the next three do not.
        appender.doAppend(batchEvent(context, 1_000, "a", "b", "c"));
        appender.doAppend(batchEvent(context, 2_000, "d", "e", "f"));
        assertThat(appender.dropped()).isEqualTo(3);

        output.letGo.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (written.size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        // The drops are reported as soon as a line gets through: the first.
        assertThat(written).extracting(ILoggingEvent::getFormattedMessage)
            .containsExactly("line 0", "3 log lines were dropped: the log output could not keep up", "a", "b", "c");
        for (int i = 0; i < 3; i++) {
            ILoggingEvent line = written.get(2 + i);
            assertThat(line.getTimeStamp()).isEqualTo(1_000 + i);
            assertThat(line.getLoggerName()).isEqualTo("test");
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getThreadName()).isEqualTo(Thread.currentThread().getName());
        }
        appender.stop();
    }

    /** Lines {@code texts}, made a millisecond apart from {@code millis} on, logged as one event. */
    private static LoggingEvent batchEvent(LoggerContext context, long millis, String... texts) {
        LineBatch batch = new LineBatch(16);
        for (int i = 0; i < texts.length; i++) {
            batch.beginLine(millis + i).append(texts[i]);
            batch.endLine();
        }
        return new LoggingEvent(NonBlockingAppenderTest.class.getName(), context.getLogger("test"), Level.INFO,
            "{}", null, new Object[] {batch});
    }

    private static LoggingEvent event(LoggerContext context, int i) {
        return new LoggingEvent(NonBlockingAppenderTest.class.getName(), context.getLogger("test"), Level.INFO,
            "line {}", null, new Object[] {i});
    }
}
