package charfinder.log;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many {@link NonBlockingAppender}s have a writer thread running, known without loading the
 * logging framework (this class refers to none of it): a command that logged nothing can ask
 * before it ends, and end without loading the framework just to stop it.
 */
public final class LogWriters {

    private static final AtomicInteger RUNNING = new AtomicInteger();

    private LogWriters() {
    }

    static void started() {
        RUNNING.incrementAndGet();
    }

    static void stopped() {
        RUNNING.decrementAndGet();
    }

    /** Whether some lines may still wait for a writer: the log must be stopped before the process exits. */
    public static boolean running() {
        return RUNNING.get() > 0;
    }
}
