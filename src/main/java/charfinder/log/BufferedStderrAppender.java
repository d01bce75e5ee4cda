package charfinder.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard error through a buffer of its own, written out when the {@link NonBlockingAppender}
 * that feeds it has no more lines waiting (or when the buffer is full). Logback's
 * {@code ConsoleAppender} writes through {@code System.err}, which flushes after every line: a
 * system call a line, which at tens of thousands of requests a second cost more than all the rest
 * of the access log. Only for use behind a {@code NonBlockingAppender}: alone, its lines would
 * wait in the buffer.
 */
public final class BufferedStderrAppender extends OutputStreamAppender<ILoggingEvent> implements Flushable {

    static final int BUFFER_BYTES = 64 * 1024;

    private final OutputStream target;

    public BufferedStderrAppender() {
        this(new FileOutputStream(FileDescriptor.err));
    }

    /** Writes to {@code target} instead of standard error; for tests. */
    BufferedStderrAppender(OutputStream target) {
        this.target = target;
    }

    @Override
    public void start() {
        setImmediateFlush(false);
        setOutputStream(new BufferedOutputStream(target, BUFFER_BYTES));
        super.start();
    }

    /** Standard error outlives the log: stopping the appender writes its lines out and leaves it open. */
    @Override
    protected void closeOutputStream() {
        flush();
    }

    @Override
    public void flush() {
        OutputStream out = getOutputStream();
        if (out == null || !isStarted()) {
            return;
        }
        streamWriteLock.lock();
        try {
            out.flush();
        } catch (IOException e) {
            // The lines are lost, as they would be with any appender whose output is gone.
            addError("Failed to write the log to standard error", e);
        } finally {
            streamWriteLock.unlock();
        }
    }
}
