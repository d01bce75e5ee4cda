package charfinder.cli;

import ch.qos.logback.classic.LoggerContext;
import charfinder.log.LogWriters;
import org.slf4j.LoggerFactory;

/**
 * The log's level and its end. Logback reads {@code charfinder.log.level} in {@code logback.xml}
 * when the first logger is made; a lookup makes none unless it has something to log, so it loads
 * no logging at all.
 */
final class Logging {

    static final String LEVEL = "charfinder.log.level";

    private Logging() {
    }

    /** Sets the default level, unless the operator gave one; call before the first logger exists. */
    static void configure(String defaultLevel) {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, defaultLevel);
        }
    }

    /** Writes out the queued lines (waiting a second at most) and stops the log. */
    static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    /**
     * Stops the log if a writer of its own was started: the writer is a daemon thread, and lines it
     * has not written when the process exits are lost. A lookup that logged nothing loads no logging.
     */
    static void stopIfStarted() {
        if (LogWriters.running()) {
            stop();
        }
    }
}
