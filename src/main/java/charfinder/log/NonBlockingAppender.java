package charfinder.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.io.Flushable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands log events to a thread of its own through a bounded queue of lines (an event with a
 * {@link LineBatch} holds several, and is written as one event a line), and never makes the logging
 * thread wait: when the queue is full (standard error in a pipe that nobody reads, a slow log
 * collector) the event is dropped and counted. Once the writer gets through again it reports how
 * many were dropped, in one line.
 *
 * <p>Logback's own {@code AsyncAppender} with {@code neverBlock} drops silently, and by default
 * also drops INFO lines when the queue is four-fifths full; this one drops only when full, and
 * says so.
 */
public final class NonBlockingAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    public static final int DEFAULT_QUEUE_SIZE = 8192;
    /** A line waits at most this long for the writer, while lines keep coming. */
    private static final long NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** After this many naps without a line (0.1 s), the writer sleeps until the next one. */
    private static final int NAPS_BEFORE_BLOCKING = 100;

    /** Events dropped by every instance since the process started, reported or not: a total for the metrics. */
    private static final LongAdder DROPPED_IN_ALL = new LongAdder();

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final AtomicLong dropped = new AtomicLong();
    private int queueSize = DEFAULT_QUEUE_SIZE;
    private long maxFlushMillis = 1000;
    /** Lock-free, so that an event loop logging a line never waits for the writer, nor the writer for it. */
    private final Queue<ILoggingEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** Whether the writer sleeps until the next line, and must be woken by whoever adds it. */
    private volatile boolean writerAsleep;
    private Thread writer;

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public int getQueueSize() {
        return queueSize;
    }

    /** How long {@link #stop()} waits for the queued lines to be written. */
    public void setMaxFlushMillis(long maxFlushMillis) {
        this.maxFlushMillis = maxFlushMillis;
    }

    /** Events dropped so far and not yet reported. */
    public long dropped() {
        return dropped.get();
    }

    /** Events dropped by every instance since the process started; never goes down. */
    public static long droppedSinceStart() {
        return DROPPED_IN_ALL.sum();
    }

    @Override
    public void start() {
        if (isStarted()) {
            return;
        }
        if (queueSize < 1) {
            addError("queueSize must be at least 1: " + queueSize);
            return;
        }
        writer = new Thread(this::writeUntilStopped, "log-writer-" + getName());
        writer.setDaemon(true);
        super.start();
        writer.start();
        LogWriters.started();
    }

    @Override
    protected void append(ILoggingEvent event) {
        LineBatch batch = LineBatch.of(event);
        if (batch == null) {
            // The message and the thread's context are fixed now: the writer formats the line later.
            event.prepareForDeferredProcessing();
        } else {
            // The lines are the message; formatting them as one would be work thrown away.
            event.getThreadName();
            event.getMDCPropertyMap();
        }
        int lines = batch == null ? 1 : batch.size();
        if (queued.addAndGet(lines) > queueSize) {
            queued.addAndGet(-lines);
            dropped.addAndGet(lines);
            DROPPED_IN_ALL.add(lines);
            return;
        }
        queue.offer(event);
        if (writerAsleep) {
            LockSupport.unpark(writer);
        }
    }

    private ILoggingEvent poll() {
        ILoggingEvent event = queue.poll();
        if (event != null) {
            queued.addAndGet(-lines(event));
        }
        return event;
    }

    /** The lines an event holds: those of its {@link LineBatch}, or itself. */
    private static int lines(ILoggingEvent event) {
        LineBatch batch = LineBatch.of(event);
        return batch == null ? 1 : batch.size();
    }

    private void writeUntilStopped() {
        try {
            while (isStarted()) {
                ILoggingEvent event = poll();
                if (event == null) {
                    // Nothing more to write for now: out with what the outputs hold, then wait.
                    flushOutputs();
                    event = nextEvent();
                }
                write(event);
            }
        } catch (InterruptedException e) {
            // stop() asks us to finish
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxFlushMillis);
        ILoggingEvent event;
        while (System.nanoTime() < deadline && (event = poll()) != null) {
            write(event);
        }
        reportDrops();
        flushOutputs();
    }

    /**
     * Waits for the next event in short naps before it sleeps: a sleeping writer must be woken by
     * whoever adds the next event, a system call on an event loop for every line of a busy
     * server; napping, this thread comes back for the lines by itself.
     */
    private ILoggingEvent nextEvent() throws InterruptedException {
        ILoggingEvent event;
        for (int i = 0; i < NAPS_BEFORE_BLOCKING; i++) {
            LockSupport.parkNanos(NAP_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if ((event = poll()) != null) {
                return event;
            }
        }
        // Asleep before the last look: a line added after it finds the flag set, and wakes us.
        writerAsleep = true;
        try {
            while ((event = poll()) == null) {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return event;
        } finally {
            writerAsleep = false;
        }
    }

    /** Writes out what buffering outputs ({@link BufferedStderrAppender}) hold. */
    private void flushOutputs() {
        for (Iterator<Appender<ILoggingEvent>> it = appenders.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof Flushable output) {
                try {
                    output.flush();
                } catch (IOException e) {
                    addError("Failed to flush the log", e);
                }
            }
        }
    }

    private void write(ILoggingEvent event) {
        LineBatch batch = LineBatch.of(event);
        if (batch == null) {
            appenders.appendLoopOnAppenders(event);
        } else {
            for (int i = 0; i < batch.size(); i++) {
                LoggingEvent line = line(event.getLoggerName(), event.getLevel(), event.getThreadName(), batch.millis(i),
                    batch.line(i));
                line.setMDCPropertyMap(event.getMDCPropertyMap());
                appenders.appendLoopOnAppenders(line);
            }
        }
        reportDrops();
    }

    private LoggingEvent line(String logger, Level level, String thread, long millis, String message) {
        LoggingEvent line = new LoggingEvent();
        line.setLoggerName(logger);
        line.setLevel(level);
        line.setThreadName(thread);
        line.setTimeStamp(millis);
        line.setMessage(message);
        line.setLoggerContext((ch.qos.logback.classic.LoggerContext) getContext());
        return line;
    }

    /** Called by the writer after a line got through: the output takes lines again. */
    private void reportDrops() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            appenders.appendLoopOnAppenders(line(NonBlockingAppender.class.getName(), Level.WARN,
                Thread.currentThread().getName(), System.currentTimeMillis(),
                lost + (lost == 1 ? " log line was" : " log lines were") + " dropped: the log output could not keep up"));
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        LogWriters.stopped();
        writer.interrupt();
        try {
            writer.join(maxFlushMillis + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!writer.isAlive()) {
            appenders.detachAndStopAllAppenders();
        }
        // else the writer is stuck in a write (standard error that nobody reads): stopping its
        // output would wait for the same lock, and keep the process from ending.
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
