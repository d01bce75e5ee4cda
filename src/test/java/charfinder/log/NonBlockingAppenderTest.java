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
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            writing.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lines.add(event.getFormattedMessage());
        }
    }

    @Test
    void theDropsSinceTheStartStayCountedOnceReported() throws Exception {
        // The process's own context: a new one would lack the MDC that events record.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StuckOutput output = new StuckOutput();
        output.setContext(context);
        output.start();
        NonBlockingAppender appender = new NonBlockingAppender();
        appender.setContext(context);
        appender.setQueueSize(1);
        appender.addAppender(output);
        appender.start();
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
        while (!output.lines.contains("9 log lines were dropped: the log output could not keep up")
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(output.lines).contains("line 0", "line 1", "9 log lines were dropped: the log output could not keep up");
        assertThat(appender.dropped()).isZero();
        assertThat(NonBlockingAppender.droppedSinceStart() - before).isEqualTo(9);
        appender.stop();
    }

    private static LoggingEvent event(LoggerContext context, int i) {
        return new LoggingEvent(NonBlockingAppenderTest.class.getName(), context.getLogger("test"), Level.INFO,
            "line {}", null, new Object[] {i});
    }
}
