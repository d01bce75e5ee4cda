package charfinder.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The lines a logger writes, for a test that asks for them: the tests' own log shows warnings
 * only, so this also lowers the logger's level until it is closed, and keeps its lines off the
 * console meanwhile.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level level;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture(String name, Level capture) {
        logger = (Logger) LoggerFactory.getLogger(name);
        level = logger.getLevel();
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(capture);
        // Captured lines are the test's to look at, not the console's.
        logger.setAdditive(false);
    }

    /** Captures {@code name} and the loggers below it, from INFO up. */
    public static LogCapture of(String name) {
        return new LogCapture(name, Level.INFO);
    }

    public static LogCapture of(Class<?> type) {
        return of(type.getName());
    }

    /** The messages so far, formatted, as {@code LEVEL message}: one for each line of a {@link LineBatch}. */
    public synchronized List<String> lines() {
        synchronized (appender.list) {
            return appender.list.stream().flatMap(e -> {
                LineBatch batch = LineBatch.of(e);
                return batch == null ? Stream.of(e.getLevel() + " " + e.getFormattedMessage())
                    : IntStream.range(0, batch.size()).mapToObj(i -> e.getLevel() + " " + batch.line(i));
            }).toList();
        }
    }

    /** How many events the logger logged so far (a {@link LineBatch} is one). */
    public synchronized int events() {
        synchronized (appender.list) {
            return appender.list.size();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(level);
        logger.setAdditive(true);
        appender.stop();
    }
}
